// The domain's access policy for route guards, loaded on demand: a route file's guard sits
// in the entry chunk, and the policy tables would add about 2 KB to the first screen.
export { can } from '@lantoa/domain';
