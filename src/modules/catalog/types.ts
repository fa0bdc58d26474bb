export type SaleLine = { product_id: string; quantity: number }
export type ProductSales = { product_id: string; units_sold: number; orders_count: number }
