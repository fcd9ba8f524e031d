/** Progress for large corpora: a line every few percent, only when it helps. */
const QUIET_BELOW = 200;

export function progressPrinter(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    if (total < QUIET_BELOW) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === shown || (percent % 5 !== 0 && done !== total)) return;
    shown = percent;
    if (stream.isTTY) stream.write(`\rnormalizing ${done}/${total} (${percent}%)${done === total ? "\n" : ""}`);
    else stream.write(`normalizing ${done}/${total} (${percent}%)\n`);
  };
}
