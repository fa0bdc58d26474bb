import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type CustomerSecurity = {
  customer_id: string
  has_account: boolean
  email: string | null
  phone: string | null
  login_methods: string[]
  two_factor: { enabled: boolean; factors: { id: string; provider: string; status: string }[] }
}

export function useCustomerSecurity(customerId: string) {
  return useQuery({
    queryKey: ["account", "customer-security", customerId],
    queryFn: () => sdk.client.fetch<CustomerSecurity>(`/admin/customers/${customerId}/security`),
  })
}
