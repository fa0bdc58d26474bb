import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCustomersWorkflow,
  releaseLockStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { validatePhoneRegistrationStep } from "./steps/validate-phone-registration"

export const createPhoneCustomerWorkflowId = "create-phone-customer"

export type CreatePhoneCustomerInput = {
  auth_identity_id: string
  customer: {
    first_name?: string | null
    last_name?: string | null
    email?: string | null
    metadata?: Record<string, unknown> | null
  }
}

/**
 * The customer of a phone registration (Medusa's own `createCustomerAccountWorkflow` requires an e-mail, which
 * phone shoppers often do not give): the verified phone goes on the customer, the e-mail is optional. Under a lock
 * on the auth identity, so a repeated or concurrent call creates one customer (the others answer
 * `customer_exists`). Runs Medusa's `createCustomersWorkflow`, so `customer.created` and the customersCreated hook
 * (referral codes in `metadata.referral_code`) behave as for an e-mail registration.
 */
export const createPhoneCustomerWorkflow = createWorkflow(createPhoneCustomerWorkflowId, (input: CreatePhoneCustomerInput) => {
  const lockKey = transform({ input }, ({ input }) => `phone-customer:${input.auth_identity_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const { phone } = validatePhoneRegistrationStep(
    transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, email: input.customer.email }))
  )
  const customersData = transform({ input, phone }, ({ input, phone }) => [
    { ...input.customer, email: input.customer.email ?? null, phone, has_account: true },
  ])
  const customers = createCustomersWorkflow.runAsStep({ input: { customersData } })
  const customer = transform({ customers }, ({ customers }) => customers[0])
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "customer", value: customer.id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(customer)
})
