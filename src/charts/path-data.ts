/**
 * Path data written short, for drawings made at build time (src/charts/build-time.ts). The
 * browser's redraws (the risk model's) keep d3's absolute paths: they draw the same points, and
 * the code to shorten them would cost the page more than it saves there.
 */

/** Every straight-line path in a drawing rewritten by compactPath. */
export function compactPaths(svg: Element): void {
  for (const path of Array.from(svg.querySelectorAll('path[d]'))) path.setAttribute('d', compactPath(path.getAttribute('d')!));
}

/** Hundredths of a unit written as short as SVG allows: 150 → "1.5", -50 → "-.5", 0 → "0". */
function shortNumber(hundredths: number): string {
  const written = String(Object.is(hundredths, -0) ? 0 : hundredths / 100);
  return written.replace(/^(-?)0\./, '$1.');
}

/** Numbers joined as SVG path data reads them: a separator only where the next could not start on its own. */
function joinNumbers(numbers: string[]): string {
  let joined = '';
  for (const [index, number] of numbers.entries()) {
    const previous = numbers[index - 1];
    const needsSpace = index > 0 && !number.startsWith('-') && !(number.startsWith('.') && previous!.includes('.'));
    joined += (needsSpace ? ' ' : '') + number;
  }
  return joined;
}

/**
 * A path of straight lines (absolute M, L, H, V and Z, as d3-geo, d3-shape's linear curve and Plot
 * write them) rewritten with relative commands, to the hundredth: "M284.9,254.5L283.4,255.3" →
 * "M284.9 254.5l-1.5.8". Each point is a small step from the last rather than a fresh pair of
 * coordinates, which is a third shorter and repeats far more, so gzip shrinks it better: the
 * locator map's coasts are most of a story's drawing bytes. Steps are taken between coordinates
 * already rounded to the hundredth, so no rounding error accumulates along a coast. Any other
 * command (a curve, an arc) leaves the path as it was.
 */
export function compactPath(d: string): string {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.some((token) => /^[A-Za-z]$/.test(token) && !'MLHVZ'.includes(token))) return d;
  const hundredths = (token: string | undefined) => Math.round(Number(token) * 100);
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let out = '';
  let lastCommand = '';
  let index = 0;
  const emit = (command: string, numbers: number[]) => {
    const written = joinNumbers(numbers.map(shortNumber));
    // A repeated command may be left out (an "l" after an "l"; pairs after an "m" are lines too).
    const implied = command === lastCommand || (command === 'l' && lastCommand === 'm');
    const separator = implied && !written.startsWith('-') && !(written.startsWith('.') && /\.\d*$/.test(out)) ? ' ' : '';
    out += implied ? separator + written : command + written;
    lastCommand = command;
  };
  let command = '';
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      index += 1;
      if (command === 'Z') {
        out += 'z';
        lastCommand = 'z';
        x = startX;
        y = startY;
      }
      continue;
    }
    if (command === 'M' || command === 'L') {
      const nextX = hundredths(tokens[index]);
      const nextY = hundredths(tokens[index + 1]);
      index += 2;
      if (command === 'M' && out === '') {
        // Pairs after an absolute M would be absolute lines: the first step names its "l".
        out = 'M' + joinNumbers([shortNumber(nextX), shortNumber(nextY)]);
        lastCommand = 'M';
      } else emit(command === 'M' ? 'm' : 'l', [nextX - x, nextY - y]);
      [x, y] = [nextX, nextY];
      if (command === 'M') {
        [startX, startY] = [x, y];
        command = 'L';
      }
    } else if (command === 'H') {
      const nextX = hundredths(token);
      index += 1;
      emit('h', [nextX - x]);
      x = nextX;
    } else if (command === 'V') {
      const nextY = hundredths(token);
      index += 1;
      emit('v', [nextY - y]);
      y = nextY;
    } else return d;
  }
  return out;
}
