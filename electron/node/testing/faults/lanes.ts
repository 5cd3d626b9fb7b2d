/**
 * Runs `kills` numbered kills in `lanes` side by side (kill k in lane k mod lanes, each lane in order): a killed
 * child spends most of its short life starting up, so two at once nearly halve a test's time on two idle cores.
 * Each lane works in its own folder, so the kills never meet.
 */
export async function inLanes<T>(
  kills: number,
  lanes: number,
  killOnce: (lane: number, kill: number) => Promise<T>,
): Promise<T[]> {
  const outcomes: T[] = [];
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let kill = lane; kill < kills; kill += lanes) outcomes.push(await killOnce(lane, kill));
    }),
  );
  return outcomes;
}
