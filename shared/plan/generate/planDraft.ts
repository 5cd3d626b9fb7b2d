import type { Association, AssociationKind } from '../../model/association';
import { type Design, type Entity, type EntityCollection, entityCollections } from '../../model/design';
import type { Step } from '../../model/migration';
import type { Pool } from '../../model/pool';
import type { Hardware, Server } from '../../model/server';
import type { UserGroup } from '../../model/userGroup';
import type { EntityLookup } from '../entityLookup';
import { applyStep, planStates } from '../planStates';
import { NameBook, serverName } from './targetNames';

/** The longest id base a generated id starts from, so that suffixes keep it within idSchema's 128 characters. */
const ID_BASE_LENGTH = 100;

/**
 * A plan being written: the file's collections with what the plan adds, the steps so far, and the state after the
 * last of them (the state the next step is written against). Every step is applied as it is written, with the same
 * engine `validate` uses (`applyStep`), so each step sees exactly what the one before it left.
 */
export class PlanDraft {
  readonly names: NameBook;
  readonly steps: Step[] = [];
  /** New sites, pools and user groups, for the layout to place. */
  readonly placed: string[] = [];
  /** New box id -> the existing box it starts next to (the pool it replaces, the group it is split from). */
  readonly nearBy = new Map<string, string>();
  private readonly collections: Record<EntityCollection, Entity[]>;
  private readonly byId = new Map<string, { collection: EntityCollection; entity: Entity }>();
  private readonly ids = new Set<string>();
  private current: Design;
  private readonly lookup: EntityLookup = {
    entity: (id) => this.byId.get(id),
    collectionOf: (id) => this.byId.get(id)?.collection,
  };

  constructor(private readonly design: Design) {
    this.names = new NameBook(design);
    this.collections = Object.fromEntries(
      entityCollections.map((collection) => [collection, [...(design[collection] as readonly Entity[])]]),
    ) as Record<EntityCollection, Entity[]>;
    for (const collection of entityCollections)
      for (const entity of this.collections[collection]) {
        this.byId.set(entity.id, { collection, entity });
        this.ids.add(entity.id);
      }
    for (const step of design.migration?.steps ?? []) this.ids.add(step.id);
    for (const waiver of design.waivers ?? []) this.ids.add(waiver.id);
    const states = planStates(design);
    this.current = states.stateAt(states.steps.length - 1);
  }

  /** The state after the last step written (the existing plan's last state before the first). */
  get state(): Design {
    return this.current;
  }

  /** An id no entity, step or waiver of the file has: `base`, else `base-2`, `base-3`... */
  freshId(base: string): string {
    const stem = base.slice(0, ID_BASE_LENGTH);
    let id = stem;
    for (let n = 2; this.ids.has(id); n++) id = `${stem}-${n}`;
    this.ids.add(id);
    return id;
  }

  /**
   * A new pool with `count` servers named after it; `hardware`, when given, is copied to the servers in turn (the
   * 2013 Edge keeps the network interfaces of the 2010 one). Returns the ids the step that deploys it adds.
   */
  addPool(pool: Pool, count: number, hardware: ReadonlyArray<Hardware | undefined> = []): string[] {
    this.add('pools', pool);
    this.placed.push(pool.id);
    const ids = [pool.id];
    for (let i = 0; i < count; i++) {
      const fqdn = this.names.claim(serverName(pool.fqdn, i));
      const copied = hardware[i % Math.max(1, hardware.length)];
      const server: Server = {
        id: this.freshId(`${pool.id}-${String(i + 1).padStart(2, '0')}`),
        poolId: pool.id,
        fqdn,
        ...(copied ? { hardware: { ...copied } } : {}),
      };
      this.add('servers', server);
      ids.push(server.id);
    }
    return ids;
  }

  addAssociation(kind: AssociationKind, from: string, to: string): Association {
    const association: Association = { id: this.freshId(`a-${kind}-${from}-${to}`), kind, from, to };
    this.add('associations', association);
    return association;
  }

  addGroup(group: UserGroup): void {
    this.add('userGroups', group);
    this.placed.push(group.id);
  }

  /** Writes a step (its id made free from `id`) and moves the state past it. Returns the step's id. */
  step(step: Omit<Step, 'id'> & { id: string }): string {
    const written: Step = { ...step, id: this.freshId(step.id) };
    this.steps.push(written);
    this.current = applyStep(this.current, written, this.lookup);
    return written.id;
  }

  /** The file with the new entities after the old ones and the new steps after the existing plan's. */
  result(): Design {
    const next = { ...this.design } as Design;
    for (const collection of entityCollections)
      (next as unknown as Record<EntityCollection, Entity[]>)[collection] = this.collections[collection];
    next.migration = { steps: [...(this.design.migration?.steps ?? []), ...this.steps] };
    return next;
  }

  private add(collection: EntityCollection, entity: Entity): void {
    this.collections[collection].push(entity);
    this.byId.set(entity.id, { collection, entity });
  }
}
