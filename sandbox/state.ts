// Everything one running sandbox holds; reset() returns it to the deterministic seed.
import { TokenBook } from './auth';
import { type Credentials, DEFAULT_CONFIG, DEFAULT_CREDENTIALS, type SandboxConfig } from './config';
import { Counters, FaultBook } from './faults';
import { advanceWorld } from './orders';
import { seedWorld } from './seed/world';
import type { World } from './store';
import { Clock } from './time';

export class SandboxState {
  readonly clock = new Clock();
  readonly faults = new FaultBook();
  readonly counters = new Counters();
  readonly tokens: TokenBook;
  readonly credentials: Credentials;
  config: SandboxConfig;
  world: World;

  constructor(
    private readonly startConfig: SandboxConfig = DEFAULT_CONFIG,
    credentials: Partial<Credentials> = {},
  ) {
    this.credentials = { ...DEFAULT_CREDENTIALS, ...credentials };
    this.tokens = new TokenBook(() => this.credentials);
    this.config = { ...startConfig };
    this.world = seedWorld(this.clock.now());
  }

  now(): number {
    return this.clock.now();
  }

  // Orders and renewals catch up with the clock before anything is read.
  advance(): number {
    const now = this.now();
    advanceWorld(this.world, now);
    return now;
  }

  reset(): void {
    this.clock.offsetMs = 0;
    this.faults.clear();
    this.counters.reset();
    this.config = { ...this.startConfig };
    this.world = seedWorld(this.clock.now());
  }
}
