/** The render flags an embed's address may carry (documented in src/lib/embed-kit.ts `embedFlags` and the README). */
export interface EmbedFlags {
  theme: 'light' | 'dark' | null;
  transparent: boolean;
  plain: boolean;
  static: boolean;
}

/** A flag is on when present bare or as 1/true/yes; any other value, and any unknown theme, is ignored. */
export function readFlags(search: string): EmbedFlags {
  const params = new URLSearchParams(search);
  const on = (name: string) => {
    const value = params.get(name);
    return value !== null && /^(|1|true|yes)$/i.test(value);
  };
  const theme = params.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    transparent: on('transparent'),
    plain: on('plain'),
    static: on('static'),
  };
}
