// "Lào Cai 27° - 29°": an empty, hidden line that the page's script fills after the page is shown
// (./readerScript.ts), so a cached page always has today's figures and never waits for them; it stays
// hidden when there are none. The script changes it before React (where React runs) hydrates it: React is
// told to leave its content and attributes alone.
export function WeatherLine() {
  return <p data-weather="" hidden suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
}
