import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID, so a mail system can recognise the same reminder. */
  messageId: string;
}

/** Sends e-mail through the configured SMTP server; off (null) when SMTP_HOST is unset. */
@Injectable()
export class Mailer {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.smtp !== null;
  }

  async send(mail: Mail): Promise<void> {
    const smtp = this.config.smtp;
    if (!smtp) throw new Error('SMTP is not configured.');
    // Loaded on first use: most installations send no mail, and it weighs ~14 MB of memory.
    const nodemailer = (await import('nodemailer')).default;
    this.transporter ??= nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    await this.transporter.sendMail({
      from: smtp.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
  }

  close(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}
