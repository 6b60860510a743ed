/** Why a file could not be read, in words rather than an error code. */

const REASONS: Record<string, string> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "part of its path is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "it is a symbolic link that leads round in a circle",
  ENAMETOOLONG: "its name is too long",
  EMFILE: "too many files are open at once",
  EIO: "the disk reported an input/output error",
};

/** The reason a read failed, for "cannot read it: <reason>". */
export function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (
    (code === undefined ? undefined : REASONS[code]) ??
    `it cannot be read (${code ?? String(error)})`
  );
}

/** The fix to suggest for a file in the archive that cannot be read. */
export function readErrorFix(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EISDIR")
    return "move the folder out of that directory, or rename it so that its name does not look like a file's";
  if (code === "EACCES" || code === "EPERM")
    return "give yourself permission to read the file (chmod u+r), then run the command again";
  return "check the file, or remove it, then run the command again";
}
