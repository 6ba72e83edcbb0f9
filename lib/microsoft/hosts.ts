// Microsoft's public-cloud hosts: the defaults of the settings form. Browser-safe (no server-only):
// the one module of lib/microsoft a client component may import.
export const MICROSOFT_PUBLIC_LOGIN = 'https://login.microsoftonline.com';
export const MICROSOFT_PUBLIC_GRAPH = 'https://graph.microsoft.com/v1.0';
