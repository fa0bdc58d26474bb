import type { MedusaContainer } from "@medusajs/framework/types"
import type { HookHandler } from "./registry"

export type UndoLog = { name: string; undo: unknown }[]

/** Runs handlers in order; if one throws, compensates the ones that already ran (newest first). */
export async function runHandlers<Input>(
  handlers: HookHandler<Input, any>[],
  input: Input,
  container: MedusaContainer
): Promise<UndoLog> {
  const done: UndoLog = []
  for (const h of handlers) {
    try {
      const undo = await h.run(input, container)
      if (undo !== undefined) {
        done.push({ name: h.name, undo })
      }
    } catch (err) {
      await compensateHandlers(handlers, done, container)
      throw err
    }
  }
  return done
}

export async function compensateHandlers<Input>(
  handlers: HookHandler<Input, any>[],
  done: UndoLog | undefined,
  container: MedusaContainer
) {
  for (const { name, undo } of [...(done ?? [])].reverse()) {
    const h = handlers.find((x) => x.name === name)
    await h?.compensate?.(undo, container)
  }
}
