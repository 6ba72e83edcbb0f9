import { handlers } from '@/lib/auth';
import { AUTH_BODY_LIMIT, withBodyLimit } from '@/lib/http/body-limit';

export const { GET } = handlers;
// Sign-in and sign-out posts are capped before Auth.js parses them.
export const POST = withBodyLimit(handlers.POST, AUTH_BODY_LIMIT);
