import type { Logger } from "@medusajs/framework/types"
import { maskPhone } from "../utils/phone"
import type { SmsMessage, SmsSender } from "./types"

const KEEP = 200

/**
 * Development and test sender: writes each message to the log and keeps the latest ones in memory, so a test
 * running in the same process reads the code it "received" (`lastTo(phone)`) through the container, with no
 * HTTP route exposing codes. Outside development the log line masks the phone and omits the code.
 */
export class LoggingSmsSender implements SmsSender {
  static identifier = "logging"
  protected logger_?: Logger
  protected outbox_: (SmsMessage & { sent_at: Date })[] = []
  protected revealInLog_: boolean

  constructor({ logger }: { logger?: Logger } = {}, options: { reveal_in_log?: boolean } = {}) {
    this.logger_ = logger
    this.revealInLog_ = options.reveal_in_log ?? process.env.NODE_ENV !== "production"
  }

  async send(message: SmsMessage): Promise<void> {
    this.outbox_.push({ ...message, sent_at: new Date() })
    if (this.outbox_.length > KEEP) {
      this.outbox_.splice(0, this.outbox_.length - KEEP)
    }
    this.logger_?.info(
      this.revealInLog_
        ? `[sms] to ${message.to}: ${message.text}`
        : `[sms] ${message.template} to ${maskPhone(message.to)} (logging sender: configure a real SMS sender)`
    )
  }

  /** Messages sent so far, oldest first (at most the latest 200). */
  messages(): readonly (SmsMessage & { sent_at: Date })[] {
    return this.outbox_
  }

  /** The latest message to a phone (E.164), if any. */
  lastTo(phone: string): (SmsMessage & { sent_at: Date }) | undefined {
    for (let i = this.outbox_.length - 1; i >= 0; i--) {
      if (this.outbox_[i].to === phone) {
        return this.outbox_[i]
      }
    }
    return undefined
  }
}
