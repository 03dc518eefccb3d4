// What `cargo xtask bench` passes to every suite.
import path from 'node:path';
import { ROOT } from './root.mjs';

/** Frontdesk listens on this port; the floor on the next one. */
export const PORT = Number(process.env.FRONTDESK_BENCH_PORT ?? 8794);
/** The seeded state directory (`cargo xtask seed` layout). */
export const STATE = process.env.FRONTDESK_BENCH_STATE ?? path.join(ROOT, '.state/bench');

export function numberFromEnv(name, fallback) {
  const raw = process.env[name];
  return raw ? Number(raw) : fallback;
}
