/** Waits until `probe` returns something truthy; never a fixed sleep. */
exports.waitFor = async function waitFor(probe, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
