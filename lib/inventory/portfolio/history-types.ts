// The dashboard chart's data. Safe for the browser.
export type HistoryPoint = { day: string; seats: number; monthlySpend: number };
export type PortfolioHistory = { currency: string | null; points: HistoryPoint[] };
