// Cadre's background records how its install-time onboarding showed once it stops looking
// for the tab (lib/onboarding/open-on-install.ts): from then on no second tab can open.
// Evaluated in one of Cadre's own pages, in Chromium (chrome) or Firefox (browser).

type Runtime = { runtime: { sendMessage(message: object): Promise<unknown> } };

/** The outcome ('shown', 'opened', 'trusted'), or null while Cadre is still looking. */
export async function onboardingOutcomeInPage(): Promise<unknown> {
  const api = globalThis as unknown as { chrome?: Runtime; browser?: Runtime };
  const reply = (await (api.browser ?? api.chrome)!.runtime.sendMessage({
    type: 'onboarding.outcome',
  })) as { ok: boolean; value?: unknown };
  return reply.ok ? reply.value : null;
}
