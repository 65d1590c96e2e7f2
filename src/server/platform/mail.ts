import nodemailer from 'nodemailer';
import type { Config } from './config';

/**
 * Outgoing mail through the SMTP server of SMTP_URL (smtp:// or smtps://, credentials in the URL).
 * Without SMTP_URL there is no mailer: notifications stay in the application.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'publicUrl'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  const from = `Copil <copil@${new URL(config.publicUrl).hostname}>`;
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}
