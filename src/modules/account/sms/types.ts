/**
 * The SMS gateway behind phone login codes. Production plugs in a real one (Aliyun SMS, Tencent Cloud SMS,
 * Twilio…) as a module provider in the account module's options:
 *
 *   { resolve: "./src/modules/account", options: { sms_sender: { resolve: "./src/sms/aliyun", id: "aliyun", options: {…} } } }
 *
 * where the file exports `ModuleProvider("account", { services: [AliyunSmsSender] })` and the class implements
 * `SmsSender`. Without one, the logging sender is used (development and tests).
 *
 * Codes never go through Medusa's Notification module: it stores each notification's data in plain text, and a
 * code must exist only as a hash.
 */
export type SmsMessage = {
  /** E.164 phone number. */
  to: string
  /** Template name, for gateways with registered templates (e.g. "auth.otp"). */
  template: string
  /** The template's values, e.g. { code, minutes }. */
  data: Record<string, string | number>
  /** Ready-made text for gateways without templates (zh-CN). */
  text: string
}

export interface SmsSender {
  /** Sends the message; throws when the gateway refuses (nothing is then stored for the code). */
  send(message: SmsMessage): Promise<void>
}

export const SMS_SENDER_REGISTRATION = "accountSmsSender"
