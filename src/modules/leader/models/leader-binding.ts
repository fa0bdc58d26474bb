import { model } from "@medusajs/framework/utils"

/**
 * Binding (锁粉) of a customer to a leader. History is kept: a binding that gives way to another one is
 * ended (`ended_at`), never deleted. At most one unended binding per customer (partial unique index);
 * an unended binding past its `expires_at` no longer counts (N-days mode).
 */
export const LeaderBinding = model
  .define("leader_binding", {
    id: model.id({ prefix: "lbind" }).primaryKey(),
    customer_id: model.text(),
    leader_id: model.text(),
    /** order: the customer's order at the leader's pickup point · share_link: the leader's share link. */
    source: model.enum(["order", "share_link"]),
    source_ref: model.text().nullable(),
    /** The binding mode in force when the binding was made. */
    mode: model.enum(["permanent", "days", "latest"]),
    bound_at: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    end_reason: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_leader_binding_one_current", on: ["customer_id"], unique: true, where: "ended_at IS NULL" },
    { on: ["leader_id", "ended_at"] },
  ])
