// Command-line flags as `--name value` or `--name=value`: the sandbox's own, and the bench's (which reuses it).
export function flag(name: string, args = process.argv.slice(2)): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
}
