// The one function of fs-native-extensions (no types of its own) that the data-directory
// lock uses: a non-blocking exclusive lock on an open file (OFD lock on Linux).
declare module 'fs-native-extensions' {
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  const fsx: { tryLock: typeof tryLock };
  export default fsx;
}
