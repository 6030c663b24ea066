// Where mail goes: an SMTP server through nodemailer when SMTP_URL is set, else the demo
// outbox table, which administrators read on the "Hộp thư demo" page so a newcomer sees
// exactly what would have been sent (issue 13, part 5).
import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { Database } from '../db/schema.js';
import { loadNodemailer } from '../lazy-libraries.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An unsubscribe URL for List-Unsubscribe (RFC 2369) and one-click (RFC 8058). */
  unsubscribeUrl?: string;
}

export interface Mailer {
  kind: 'smtp' | 'demo';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

function listHeaders(mail: OutgoingMail): Record<string, string> {
  return mail.unsubscribeUrl
    ? {
        'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }
    : {};
}

export function createMailer(
  db: Kysely<Database>,
  options: { smtpUrl: string | undefined; from: string },
): Mailer {
  const { smtpUrl } = options;
  if (!smtpUrl) return demoOutboxMailer(db);
  // Opened at the first mail, not at start: nodemailer is a library a restart need not load.
  let transport: Promise<Transporter> | undefined;
  const open = async () =>
    (await loadNodemailer()).createTransport({
      url: smtpUrl,
      // Bounded waits: a hung server fails the attempt, and the delivery is retried later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  return {
    kind: 'smtp',
    async send(mail) {
      transport ??= open().catch((error: unknown) => {
        transport = undefined;
        throw error;
      });
      await (await transport).sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: listHeaders(mail),
      });
    },
    close: () => {
      transport?.then((t) => t.close()).catch(() => {});
    },
  };
}

function demoOutboxMailer(db: Kysely<Database>): Mailer {
  return {
    kind: 'demo',
    async send(mail) {
      await db
        .insertInto('demo_outbox')
        .values({
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          headers: JSON.stringify(listHeaders(mail)),
        })
        .execute();
    },
    close: () => undefined,
  };
}
