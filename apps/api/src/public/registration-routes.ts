// Registration drives on partner pages: GET /public/v1/drives/:code.json (what, when, where,
// places left; never who registered) and POST /public/v1/drives/:code/registrations, behind
// the same checks as pledges (public-form.ts: counters in memory, schema, honeypot, time
// check, 4 KB), then the drive's row, the limits shared in PostgreSQL and the insert
// (decision 28). A registration changes the places left, so the unit's answers go stale.
import { ZRegistrationInput } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';
import type { Lang } from '../http/lang.js';
import { createRegistration } from '../services/create-registration.js';
import { getPublicDrive } from '../services/get-public-drive.js';
import { isUnitCode } from './evaluate-public-unit.js';
import { type MemoryRateLimiter, takeSharedLimits } from './form-guard.js';
import type { DriveBody, RegistrationCreatedBody } from './public-appeal-schemas.js';
import {
  FORM_BODY_LIMIT,
  formLang,
  screenForm,
  sendFormError,
  sendFormPreflight,
} from './public-form.js';
import { langParam, type PublicDeps, type PublicQuery } from './public-params.js';
import {
  CROSS_ORIGIN_HEADERS,
  jsonResponse,
  serveFromCache,
  unavailableJson,
} from './public-reply.js';

const WORDS = {
  notFound: { vi: 'Không tìm thấy đợt đăng ký', en: 'Registration drive not found' },
  closed: { vi: 'Đợt đăng ký đã đóng', en: 'Registration is closed' },
  full: { vi: 'Đợt đăng ký đã đủ chỗ', en: 'There are no places left' },
} as const;

async function computeDrive(deps: PublicDeps, code: string, lang: Lang) {
  const drive = isUnitCode(code) ? await getPublicDrive(deps.db, code) : null;
  if (!drive)
    return jsonResponse(404, { error: { code: 'NOT_FOUND', message: WORDS.notFound[lang] } });
  const body: DriveBody = drive.body;
  return jsonResponse(200, body, drive.unitId);
}

export function registerRegistrationRoutes(
  app: FastifyInstance,
  deps: PublicDeps,
  config: AppConfig,
  limiter: MemoryRateLimiter,
): void {
  const limits = config.formLimits;
  app.get<{ Params: { code: string }; Querystring: PublicQuery }>(
    '/public/v1/drives/:code.json',
    (req, reply) => {
      const { code } = req.params;
      const lang = langParam(req.query);
      return serveFromCache(
        req,
        reply,
        deps.cache,
        `drive|${code}|${lang}`,
        () => computeDrive(deps, code, lang),
        () => unavailableJson(lang),
      );
    },
  );
  app.options('/public/v1/drives/:code/registrations', sendFormPreflight);
  app.post<{ Params: { code: string } }>(
    '/public/v1/drives/:code/registrations',
    { bodyLimit: FORM_BODY_LIMIT },
    async (req, reply) => {
      const { code } = req.params;
      const guard = { limiter, config, form: 'registration' as const, target: `drive|${code}` };
      const input = screenForm(req, reply, guard, ZRegistrationInput);
      if (!input) return reply;
      const lang = formLang(req);
      const drive = isUnitCode(code)
        ? await deps.db
            .selectFrom('registration_drives')
            .select(['id', 'unit_id'])
            .where('code', '=', code)
            .executeTakeFirst()
        : undefined;
      if (!drive) return sendFormError(reply, 404, lang, WORDS.notFound);
      const isWithin = await takeSharedLimits(
        deps.db,
        [
          { key: `registration-ip|${req.ip}`, limit: limits.perAddressHour },
          { key: `registration-drive|${drive.id}`, limit: limits.perAppealHour },
        ],
        new Date(),
      );
      if (!isWithin) return sendFormError(reply, 429, lang, 'tooMany');
      const outcome = await createRegistration(deps.db, drive.id, input);
      if (outcome.status === 'closed') return sendFormError(reply, 400, lang, WORDS.closed);
      if (outcome.status === 'full') return sendFormError(reply, 409, lang, WORDS.full);
      app.notifyFactsChanged([drive.unit_id]);
      const after = await getPublicDrive(deps.db, code);
      const body: RegistrationCreatedBody = {
        status: 'registered',
        placesLeft: after?.body.placesLeft ?? null,
      };
      return reply
        .code(201)
        .headers({ ...CROSS_ORIGIN_HEADERS, 'cache-control': 'no-store' })
        .send(body);
    },
  );
}
