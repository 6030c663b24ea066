// The shapes of the public appeal routes (appeal-routes.ts), documented in the OpenAPI
// document with the other public schemas. Contact details appear in none of them.
import { z } from 'zod';

const ZIsoDate = z.iso.date();
const ZDong = z.int().min(0).describe('Whole đồng.');

export const ZAppealBody = z.object({
  code: z.string(),
  title: z.string(),
  story: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  targetAmount: ZDong,
  receivedAmount: ZDong,
  disbursedAmount: ZDong,
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  isOpen: z.boolean().describe('True from the start date to the end date, Vietnam time.'),
  bank: z.object({ bin: z.string(), accountNumber: z.string(), accountName: z.string() }),
  receivedByDay: z.array(
    z.object({
      date: ZIsoDate,
      amount: ZDong,
      gifts: z.array(
        z.object({
          giver: z.string().nullable().describe('The name the giver chose, or null: anonymous.'),
          amount: ZDong,
        }),
      ),
    }),
  ),
  disbursements: z.array(
    z.object({
      date: ZIsoDate,
      recipientGroup: z.string(),
      amount: ZDong,
      evidenceUrl: z.string(),
    }),
  ),
});

export const ZFormTokenBody = z.object({
  token: z.string().describe('Send it back with the form; not sooner than 3 s, within 2 h.'),
  consentVersion: z.string().describe('Send it back as consentVersion once the giver agrees.'),
  consentText: z.string().describe('The consent wording to show, in the language asked.'),
});

export const ZPledgeCreatedBody = z.object({
  reference: z.string().describe('The pledge code: LT, seven characters and a check.'),
  memo: z.string().max(25).describe('The transfer memo (VietQR 62.08): printable ASCII.'),
  amount: ZDong.nullable(),
  payload: z.string().describe('The VietQR (NAPAS EMVCo) payload.'),
  qrSvgUrl: z.string().describe('The same payload as an SVG QR code, made by this server.'),
  bank: z.object({ bin: z.string(), accountNumber: z.string(), accountName: z.string() }),
});

export type FormTokenBody = z.infer<typeof ZFormTokenBody>;
export type AppealBody = z.infer<typeof ZAppealBody>;
export type PledgeCreatedBody = z.infer<typeof ZPledgeCreatedBody>;

export const ZDriveBody = z.object({
  code: z.string(),
  kind: z.enum(['volunteer', 'blood-donation', 'event']),
  title: z.string(),
  description: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  place: z.string(),
  capacity: z.int().min(1).nullable().describe('Places; null: no limit.'),
  registeredCount: z.int().min(0),
  placesLeft: z.int().min(0).nullable(),
  isOpen: z.boolean().describe('Open, not past its last day (Vietnam time), and not full.'),
});

export const ZRegistrationCreatedBody = z.object({
  status: z.literal('registered'),
  placesLeft: z.int().min(0).nullable(),
});

export type DriveBody = z.infer<typeof ZDriveBody>;
export type RegistrationCreatedBody = z.infer<typeof ZRegistrationCreatedBody>;
