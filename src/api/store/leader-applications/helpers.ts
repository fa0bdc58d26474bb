/** What an applicant (or an operator) sees of an application: never the identity number itself. */
export function toApplicationView(a: Record<string, any>) {
  return {
    id: a.id,
    status: a.status,
    name: a.name,
    phone: a.phone,
    community: a.community,
    id_number: a.id_number_masked,
    pickup_point: {
      name: a.point_name,
      address: a.address,
      latitude: a.latitude,
      longitude: a.longitude,
      opening_hours: a.opening_hours,
      photo_url: a.photo_url ?? null,
    },
    rejection_reason: a.rejection_reason ?? null,
    reviewed_at: a.reviewed_at ?? null,
    created_at: a.created_at,
  }
}
