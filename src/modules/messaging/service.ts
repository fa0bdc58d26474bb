import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { MessagingPreference, MessagingReminder } from "./models"
import { knexOf, rows } from "./sql/db"
import {
  isOptionalCategory,
  type NotificationLanguage,
  type NotificationPreferences,
  type OptionalCategory,
  type ReminderClaim,
} from "./types"

type PreferenceRow = { customer_id: string; language: NotificationLanguage | null; opted_out: string[] | null }

const present = (customerId: string, row?: PreferenceRow): NotificationPreferences => ({
  customer_id: customerId,
  language: row?.language ?? null,
  opted_out: (row?.opted_out ?? []).filter(isOptionalCategory),
})

/**
 * Customers' notification preferences (language, opted-out categories) and the reminder log that makes
 * the expiry reminders once-only. Rendering and sending live in src/lib/notify.ts.
 */
export default class MessagingModuleService extends MedusaService({ MessagingPreference, MessagingReminder }) {
  @InjectManager()
  async getPreferences(customerId: string, @MedusaContext() ctx: Context = {}): Promise<NotificationPreferences> {
    const [row] = await rows<PreferenceRow>(
      knexOf(ctx),
      "SELECT customer_id, language, opted_out FROM messaging_preference WHERE customer_id = ?",
      [customerId]
    )
    return present(customerId, row)
  }

  /**
   * Saves what is given (an omitted field keeps its value). One upsert on the unique customer_id, so
   * concurrent saves never create a second row.
   */
  @InjectTransactionManager()
  async setPreferences(
    customerId: string,
    input: { language?: NotificationLanguage | null; opted_out?: OptionalCategory[] },
    @MedusaContext() ctx: Context = {}
  ): Promise<NotificationPreferences> {
    const optedOut = input.opted_out ? [...new Set(input.opted_out)].sort() : null
    const [row] = await rows<PreferenceRow>(
      knexOf(ctx),
      `INSERT INTO messaging_preference (id, customer_id, language, opted_out)
       VALUES (?, ?, ?, COALESCE(?::text[], '{}'))
       ON CONFLICT (customer_id) DO UPDATE SET
         language = CASE WHEN ?::boolean THEN EXCLUDED.language ELSE messaging_preference.language END,
         opted_out = CASE WHEN ?::boolean THEN EXCLUDED.opted_out ELSE messaging_preference.opted_out END,
         updated_at = now()
       RETURNING customer_id, language, opted_out`,
      [
        generateEntityId(undefined, "msgpref"),
        customerId,
        input.language ?? null,
        optedOut,
        input.language !== undefined,
        optedOut !== null,
      ]
    )
    return present(customerId, row)
  }

  /**
   * Claims reminders: inserts (kind, reference) rows and returns the claims that were new. A claim another
   * run already holds is left out, so each reference is reminded once however many runs race.
   */
  @InjectTransactionManager()
  async claimReminders(kind: string, claims: ReminderClaim[], @MedusaContext() ctx: Context = {}): Promise<ReminderClaim[]> {
    if (!claims.length) {
      return []
    }
    const values = claims.map(() => "(?, ?, ?, ?)").join(", ")
    const bindings = claims.flatMap((c) => [generateEntityId(undefined, "msgrem"), kind, c.reference, c.customer_id])
    return rows<ReminderClaim>(
      knexOf(ctx),
      `INSERT INTO messaging_reminder (id, kind, reference, customer_id) VALUES ${values}
       ON CONFLICT (kind, reference) DO NOTHING
       RETURNING reference, customer_id`,
      bindings
    )
  }

  /** Gives claims back (the message could not be sent): the next run tries again. */
  @InjectTransactionManager()
  async releaseReminders(kind: string, references: string[], @MedusaContext() ctx: Context = {}): Promise<void> {
    if (!references.length) {
      return
    }
    await knexOf(ctx).raw(
      `DELETE FROM messaging_reminder WHERE kind = ? AND reference IN (${references.map(() => "?").join(", ")})`,
      [kind, ...references]
    )
  }
}
