// What the browser sees of the catalog: one group per MPN, one variant per term and billing.
export type CatalogVariant = {
  key: string;
  termCode: string;
  billingCode: string;
  /** Price per seat per billing period, as Ingram lists it (decimal string). */
  pricePerBilling: string;
  perSeatMonth: number;
  perSeatTerm: number;
  currency: string;
};

export type CatalogGroup = {
  mpn: string;
  name: string;
  vendor: string;
  minimumQuantity: number;
  maximumQuantity: number;
  variants: CatalogVariant[];
};
