import { todayInVietnam } from '@vnportal/calendar';

/** Where the daily salts live, so that every instance on one database hashes a visitor alike. */
export interface SaltStore {
  /** Stores `candidate` as the salt of `day` unless one is there already; answers the salt that won. */
  takeSalt(day: string, candidate: string): Promise<string>;
  /** Destroys every salt of a day before `day`. */
  destroySaltsBefore(day: string): Promise<void>;
}

export interface SaltKeeperOptions {
  /** Epoch milliseconds now (injected so tests pin the clock). */
  now: () => number;
  /** A fresh random salt (injected so tests can tell salts apart). */
  newSalt: () => string;
}

/**
 * Keeps today's salt: a new random one from Vietnam's midnight on, the old ones destroyed at that moment
 * (at the first hit or minute tick after it), so no salt outlives its day by more than a minute.
 */
export class SaltKeeper {
  readonly #store: SaltStore;
  readonly #options: SaltKeeperOptions;
  #current: { day: string; salt: string } | undefined;
  /** The instants (epoch ms) of the current salt's Vietnam day: from its midnight, to the next one (excluded). */
  #from = 0;
  #to = 0;
  #pending: { day: string; promise: Promise<{ day: string; salt: string }> } | undefined;

  constructor(store: SaltStore, options: SaltKeeperOptions) {
    this.#store = store;
    this.#options = options;
  }

  /** Today's salt if it is already in hand (the hot path of a hit), else `undefined`. */
  peek(now: number): { day: string; salt: string } | undefined {
    // Two comparisons, not a calendar conversion: a hit is the service's hot path.
    return now >= this.#from && now < this.#to ? this.#current : undefined;
  }

  /** Today's salt, rotating (and destroying the old ones) first when Vietnam's day has changed. */
  async salt(now = this.#options.now()): Promise<{ day: string; salt: string }> {
    const ready = this.peek(now);
    if (ready) return ready;
    const day = todayInVietnam(new Date(now));
    if (this.#pending?.day === day) return this.#pending.promise;
    const promise = this.#rotate(day);
    this.#pending = { day, promise };
    promise.catch(() => {
      if (this.#pending?.promise === promise) this.#pending = undefined;
    });
    return promise;
  }

  async #rotate(day: string): Promise<{ day: string; salt: string }> {
    const salt = await this.#store.takeSalt(day, this.#options.newSalt());
    await this.#store.destroySaltsBefore(day);
    this.#current = { day, salt };
    // Vietnam is UTC+7 all year (no daylight saving): its day D runs from D 00:00+07:00 for 24 hours.
    this.#from = Date.parse(`${day}T00:00:00+07:00`);
    this.#to = this.#from + 86_400_000;
    return this.#current;
  }
}
