// Demo Microsoft 365 tenants seeded on first run. Their names line up with the
// sandbox's Ingram customers in deliberate ways (exact, case, legal suffix,
// punctuation, tenant id visible upstream, ambiguous, no match) so that the
// mapping page has something real to do.
type DemoTenant = { tenantId: string; displayName: string; defaultDomain: string };

export const demoTenants: DemoTenant[] = [
  { tenantId: '0a96abb3-3b07-4f0e-af48-bcc4893e0e73', displayName: 'Contoso Ltd', defaultDomain: 'contoso.onmicrosoft.com' },
  { tenantId: 'e12e79d5-93ae-448c-a630-579fc3de41c3', displayName: 'Fabrikam Inc', defaultDomain: 'fabrikam.onmicrosoft.com' },
  { tenantId: '30b83152-208f-4c45-afdb-d26be0437d08', displayName: 'Northwind Traders', defaultDomain: 'northwindtraders.onmicrosoft.com' },
  { tenantId: 'ede8ab03-4de8-4647-a386-fd0c3de136db', displayName: 'Adventure Works', defaultDomain: 'adventureworks.onmicrosoft.com' },
  { tenantId: '204313f3-ad96-406b-ae1c-4eb2eb7cddab', displayName: 'Tailspin Toys', defaultDomain: 'tailspintoys.onmicrosoft.com' },
  { tenantId: 'a1b9b965-b512-4c03-a3b5-faae36515ea4', displayName: 'Wingtip Toys', defaultDomain: 'wingtiptoys.onmicrosoft.com' },
  { tenantId: 'd68629cd-920f-4a5d-afb7-82423f615479', displayName: 'Woodgrove Bank', defaultDomain: 'woodgrovebank.onmicrosoft.com' },
  { tenantId: 'd554c54f-18b7-429d-aae4-c4db032ecb7b', displayName: 'Litware Inc', defaultDomain: 'litware.onmicrosoft.com' },
  { tenantId: '6854235e-004b-456a-a785-fd02ec92885b', displayName: 'Proseware', defaultDomain: 'proseware.onmicrosoft.com' },
  { tenantId: '13c769bb-266e-4043-a964-0aa19139be8f', displayName: 'Alpine Ski House', defaultDomain: 'alpineskihouse.onmicrosoft.com' },
  { tenantId: '9239ba42-f8f4-4c20-a1ec-e83dbeb4f005', displayName: 'Coho Winery', defaultDomain: 'cohowinery.onmicrosoft.com' },
  { tenantId: 'fd0b727d-7b1e-4fb9-ab9f-db91d7182541', displayName: 'Lucerne Publishing', defaultDomain: 'lucernepublishing.onmicrosoft.com' },
  { tenantId: '28a51512-0f63-4aab-a1d8-aea2e0f51d1b', displayName: 'Trey Research', defaultDomain: 'treyresearch.onmicrosoft.com' },
  { tenantId: 'a3371080-b05a-42c1-a5ad-dba945dc37c7', displayName: 'Blue Yonder Airlines', defaultDomain: 'blueyonderairlines.onmicrosoft.com' },
  { tenantId: 'ea72c53d-591c-491a-a11b-ba991ffbc987', displayName: 'Fourth Coffee', defaultDomain: 'fourthcoffee.onmicrosoft.com' },
  { tenantId: 'ce98251f-f2f5-420f-a1dc-72a02052776b', displayName: 'Graphic Design Institute', defaultDomain: 'graphicdesigninstitute.onmicrosoft.com' },
  { tenantId: 'c139e614-dfd1-46a8-a4dd-2f1035c329ca', displayName: 'Humongous Insurance', defaultDomain: 'humongousinsurance.onmicrosoft.com' },
  { tenantId: 'ae70ae30-07bb-4959-acb6-8b6db707b4f6', displayName: "Margie's Travel", defaultDomain: 'margiestravel.onmicrosoft.com' },
  { tenantId: '9ae6878b-6e13-4389-a9c6-eb277eae3f5c', displayName: 'School of Fine Art', defaultDomain: 'schoolfineart.onmicrosoft.com' },
  { tenantId: 'b2f3e38a-024c-4f73-a13a-fec2454b4cb6', displayName: 'Relecloud', defaultDomain: 'relecloud.onmicrosoft.com' },
  { tenantId: 'a0e4da9b-7626-475b-a05c-97740024c02a', displayName: "Munson's Pickles and Preserves Farm", defaultDomain: 'munsonspickles.onmicrosoft.com' },
];
