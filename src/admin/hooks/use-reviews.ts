import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type ReviewStatus = "pending" | "approved" | "hidden"

export type AdminReview = {
  id: string
  product_id: string
  customer_id: string
  order_id: string
  rating: number
  text: string | null
  images: string[]
  author_name: string | null
  status: ReviewStatus
  reply: string | null
  replied_at: string | null
  created_at: string
  product: { id: string; title: string; thumbnail: string | null } | null
  customer_email: string | null
}

export type Rating = { product_id: string; count: number; average: number | null; stars: Record<"1" | "2" | "3" | "4" | "5", number> }

export type AdminAnswer = {
  id: string
  text: string
  author_type: "operator" | "leader" | "buyer"
  author_name: string | null
  created_at: string
  status?: "visible" | "hidden"
}

export type AdminQuestion = {
  id: string
  product_id: string
  text: string
  author_name: string | null
  answer_count: number
  created_at: string
  status?: "visible" | "hidden"
  answers: AdminAnswer[]
  product: { id: string; title: string } | null
}

export type AdminFaq = {
  id: string
  category: string | null
  question_zh: string
  answer_zh: string
  question_en: string | null
  answer_en: string | null
  rank: number
  is_published: boolean
}

const KEY = ["reviews"] as const

const qs = (params: Record<string, string | number | boolean | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&")

export function useReviews(params: { status?: ReviewStatus; product_id?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "list", params],
    queryFn: () => sdk.client.fetch<{ reviews: AdminReview[]; count: number; rating?: Rating }>(`/admin/reviews?${qs(params)}`),
  })
}

export function useQuestions(params: { unanswered?: boolean; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "questions", params],
    queryFn: () => sdk.client.fetch<{ questions: AdminQuestion[]; count: number }>(`/admin/questions?${qs(params)}`),
  })
}

export function useLeaderQuestions(params: { unanswered?: boolean; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "leader-questions", params],
    queryFn: () => sdk.client.fetch<{ questions: AdminQuestion[]; count: number }>(`/admin/leader/questions?${qs(params)}`),
  })
}

export const useLeaderAnswer = () =>
  useReviewMutation(({ id, text }: { id: string; text: string }) =>
    sdk.client.fetch(`/admin/leader/questions/${id}/answers`, { method: "POST", body: { text } })
  )

export function useFaqs() {
  return useQuery({ queryKey: [...KEY, "faqs"], queryFn: () => sdk.client.fetch<{ faqs: AdminFaq[]; count: number }>("/admin/faqs") })
}

function useReviewMutation<T>(fn: (body: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) })
}

export const useModerateReview = () =>
  useReviewMutation(({ id, ...body }: { id: string; status?: "approved" | "hidden"; reply?: string | null }) =>
    sdk.client.fetch(`/admin/reviews/${id}`, { method: "POST", body })
  )

export const useAnswerQuestion = () =>
  useReviewMutation(({ id, text }: { id: string; text: string }) => sdk.client.fetch(`/admin/questions/${id}/answers`, { method: "POST", body: { text } }))

export const useSetQuestionStatus = () =>
  useReviewMutation(({ id, status }: { id: string; status: "visible" | "hidden" }) =>
    sdk.client.fetch(`/admin/questions/${id}`, { method: "POST", body: { status } })
  )

export const useSetAnswerStatus = () =>
  useReviewMutation(({ questionId, id, status }: { questionId: string; id: string; status: "visible" | "hidden" }) =>
    sdk.client.fetch(`/admin/questions/${questionId}/answers/${id}`, { method: "POST", body: { status } })
  )

export const useSaveFaq = () =>
  useReviewMutation(({ id, ...body }: Partial<AdminFaq> & { id?: string }) =>
    sdk.client.fetch(id ? `/admin/faqs/${id}` : "/admin/faqs", { method: "POST", body })
  )

export const useDeleteFaq = () => useReviewMutation((id: string) => sdk.client.fetch(`/admin/faqs/${id}`, { method: "DELETE" }))

export { isForbidden } from "./use-coupons"
