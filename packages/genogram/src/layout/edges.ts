/**
 * Lines. Partner lines join partners side by side at the height of their symbols (partners who are not side by
 * side are joined by a bracket above the row); a line drops from between the partners to a sibship line in the
 * channel above the children, and from there down to each child (twins from one point). Lines that must pass a
 * row in between go down through a gap between families. Horizontal parts in a channel get lanes so two families'
 * lines never lie on top of each other. Emotional and support lines are curves drawn over the rest.
 */
import type { FamilyGraph, Union } from './family-graph.js';
import { MARGIN, NODE_W, ROW_H, SYMBOL, rowGaps, unionDropX, type Placement } from './coordinates.js';
import type { EdgeModel, HouseholdModel, Point, Rect } from './model.js';
import { routeOverlays } from './overlay-routes.js';

const LANE = 8;
const BAR_TOP = SYMBOL / 2 + 30; // sibship lines sit at least this far above the children's centres

export function routeEdges(g: FamilyGraph, pl: Placement, rank: Map<string, number>): EdgeModel[] {
  const { x, y } = pl;
  const chainOf = new Map<string, string[]>();
  for (const row of pl.rows) for (const u of row) for (const m of u.members) chainOf.set(m, u.members);
  const rowY = (r: number) => MARGIN + r * ROW_H;
  const edges: EdgeModel[] = [];

  // gaps between units in each row, for lines that must pass through a row
  const gaps = rowGaps(pl, 6);

  // partner lines
  const bracketLevel = new Map<string, number>();
  for (const u of g.unions) {
    if (!u.b) continue;
    const ya = y.get(u.a),
      yb = y.get(u.b);
    if (ya === undefined || yb === undefined) continue;
    let xa = x.get(u.a)!,
      xb = x.get(u.b)!;
    let [pa, pb] = [u.a, u.b];
    if (xa > xb) {
      [xa, xb] = [xb, xa];
      [pa, pb] = [pb, pa];
    }
    const chain = chainOf.get(u.a) ?? [];
    const base: EdgeModel = {
      id: `p:${u.id}`,
      kind: 'partner',
      points: [],
      relIds: u.relId ? [u.relId] : [],
      a: pa,
      b: pb,
      consanguineous: u.consanguineous,
    };
    if (u.status) base.status = u.status;
    else base.unrecorded = true;
    if (u.statusOn) base.statusOn = u.statusOn;
    if (u.from) base.from = u.from;
    if (u.to) base.to = u.to;
    if (ya === yb && chain.includes(u.b) && Math.abs(chain.indexOf(u.a) - chain.indexOf(u.b)) === 1) {
      base.points = [
        [xa + SYMBOL / 2, ya],
        [xb - SYMBOL / 2, ya],
      ];
      base.mid = [(xa + xb) / 2, ya];
    } else if (ya === yb) {
      const key = chain[0] ?? u.a;
      const level = bracketLevel.get(key) ?? 0;
      bracketLevel.set(key, level + 1);
      // bracket lanes far enough apart that one couple's slashes never touch another couple's line
      const top = ya - SYMBOL / 2 - 24 - level * 2 * LANE;
      base.points = [
        [xa, ya - SYMBOL / 2],
        [xa, top],
        [xb, top],
        [xb, ya - SYMBOL / 2],
      ];
      base.mid = [unionDropX(u, x, chainOf), top];
      base.markAt = [(xa + xb) / 2, top];
    } else {
      // partners in different generations (odd data): a plain connector through the gap beside the upper one
      const [up, low] = ya < yb ? [u.a, u.b] : [u.b, u.a];
      const xu = x.get(up)!,
        yu = y.get(up)!,
        xl = x.get(low)!,
        yl = y.get(low)!;
      const gx = xu + NODE_W / 2;
      const ch = yl - BAR_TOP - 4 * LANE;
      base.points = [
        [xu + SYMBOL / 2, yu],
        [gx, yu],
        [gx, ch],
        [xl, ch],
        [xl, yl - SYMBOL / 2],
      ];
      base.mid = [gx, (yu + ch) / 2];
    }
    edges.push(base);
  }

  const brackets = new Map(edges.filter((e) => e.kind === 'partner' && e.points.length === 4).map((e) => [e.id.slice(2), e] as const));
  // child lines: collect per union, per child row
  interface Pending {
    id: string;
    union: Union;
    dropX: number;
    fromY: number;
    children: string[];
    primary: boolean;
    childRank: number;
    types: Map<string, { type: string; disputed: boolean; source?: string; relIds: string[] }>;
  }
  const pendings = new Map<string, Pending>();
  for (const l of g.links) {
    const u = g.unionById.get(l.unionId);
    if (!u || !x.has(l.childId)) continue;
    const key = `${l.unionId}>${l.primary ? 'p' : l.childId}`;
    const cr = rank.get(l.childId)!;
    let p = pendings.get(key);
    if (!p) {
      const uy = u.b && y.has(u.b) ? Math.max(y.get(u.a)!, y.get(u.b)!) : y.get(u.a)!;
      const bracket = brackets.get(u.id);
      p = {
        id: key,
        union: u,
        dropX: unionDropX(u, x, chainOf),
        fromY: bracket ? bracket.points[1]![1] : uy,
        children: [],
        primary: l.primary,
        childRank: cr,
        types: new Map(),
      };
      pendings.set(key, p);
    }
    p.children.push(l.childId);
    const t: { type: string; disputed: boolean; source?: string; relIds: string[] } = {
      type: l.type,
      disputed: l.disputed,
      relIds: l.relIds,
    };
    if (l.source) t.source = l.source;
    p.types.set(l.childId, t);
  }
  // lanes in the channel above each child row
  const byRow = new Map<number, { p: Pending; lo: number; hi: number }[]>();
  const list = [...pendings.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const p of list) {
    const rowsBelow = new Set(p.children.map((c) => rank.get(c)!));
    p.childRank = Math.min(...rowsBelow);
    const xs = p.children.map((c) => x.get(c)! + (p.primary ? 0 : -12));
    const lo = Math.min(p.dropX, ...xs),
      hi = Math.max(p.dropX, ...xs);
    const arr = byRow.get(p.childRank) ?? [];
    arr.push({ p, lo, hi });
    byRow.set(p.childRank, arr);
  }
  const laneOf = new Map<string, number>();
  for (const arr of byRow.values()) {
    arr.sort((a, b) => a.lo - b.lo || (a.p.id < b.p.id ? -1 : 1));
    const ends: number[] = [];
    for (const it of arr) {
      let lane = ends.findIndex((e) => e < it.lo - 4);
      if (lane < 0) {
        lane = ends.length;
        ends.push(it.hi);
      } else ends[lane] = it.hi;
      laneOf.set(it.p.id, lane);
    }
  }

  const twinOf = new Map<string, { other: string; zygosity: 'identical' | 'fraternal' | 'unknown'; id: string }>();
  for (const t of g.twins) {
    twinOf.set(t.a, { other: t.b, zygosity: t.zygosity, id: t.id });
    twinOf.set(t.b, { other: t.a, zygosity: t.zygosity, id: t.id });
  }

  for (const p of list) {
    const lane = laneOf.get(p.id) ?? 0;
    const childY = y.get(p.children[0]!)!;
    const barY = childY - BAR_TOP - lane * LANE;
    const ur = Math.round((p.fromY - MARGIN) / ROW_H);
    // the descent: from the union down to this row's channel, through gaps in rows in between
    const pts: Point[] = [[p.dropX, p.fromY]];
    let cx = p.dropX;
    for (let r = ur + 1; r < p.childRank; r++) {
      const chY = rowY(r) - BAR_TOP - lane * LANE;
      const gx = nearest(gaps[r] ?? [], cx);
      pts.push([cx, chY], [gx, chY]);
      cx = gx;
    }
    const childXs = p.children.map((c) => x.get(c)! + (p.primary ? 0 : -12));
    const lo = Math.min(cx, ...childXs),
      hi = Math.max(cx, ...childXs);
    pts.push([cx, barY]);
    const first = p.types.get(p.children[0]!)!;
    const descent: EdgeModel = {
      id: `d:${p.id}`,
      kind: 'descent',
      points: pts,
      relIds: [...p.types.values()].flatMap((t) => t.relIds),
      a: p.union.id,
      childType: p.primary ? 'biological' : (first.type as EdgeModel['childType']),
    };
    edges.push(descent);
    if (hi - lo > 0.5) {
      edges.push({
        id: `s:${p.id}`,
        kind: 'descent',
        points: [
          [lo, barY],
          [hi, barY],
        ],
        relIds: [],
        a: p.union.id,
        childType: descent.childType!,
      });
    }
    const done = new Set<string>();
    for (const c of p.children) {
      if (done.has(c)) continue;
      const t = p.types.get(c)!;
      const tw = twinOf.get(c);
      const cxx = x.get(c)! + (p.primary ? 0 : -12);
      const cyy = y.get(c)! - SYMBOL / 2;
      const mk = (id: string, pts2: Point[], tt: typeof t, extra: Partial<EdgeModel> = {}): EdgeModel => {
        const e: EdgeModel = {
          id,
          kind: 'child',
          points: pts2,
          relIds: tt.relIds,
          a: p.union.id,
          b: id.slice(2),
          childType: tt.type as EdgeModel['childType'],
          disputed: tt.disputed,
          ...extra,
        };
        if (tt.source) e.source = tt.source;
        return e;
      };
      if (tw && p.children.includes(tw.other) && !done.has(tw.other)) {
        const ox = x.get(tw.other)! + (p.primary ? 0 : -12);
        const oy = y.get(tw.other)! - SYMBOL / 2;
        const apex: Point = [(cxx + ox) / 2, barY];
        const e1 = mk(`c:${c}`, [apex, [cxx, cyy]], t, { zygosity: tw.zygosity });
        const e2 = mk(`c:${tw.other}`, [apex, [ox, oy]], p.types.get(tw.other)!, { zygosity: tw.zygosity });
        e1.b = c;
        e2.b = tw.other;
        edges.push(e1, e2);
        if (tw.zygosity === 'identical') {
          const f = 0.45;
          edges.push({
            id: `t:${tw.id}`,
            kind: 'twin-bar',
            relIds: [tw.id],
            a: c,
            b: tw.other,
            points: [
              [apex[0] + (cxx - apex[0]) * f, barY + (cyy - barY) * f],
              [apex[0] + (ox - apex[0]) * f, barY + (oy - barY) * f],
            ],
          });
        }
        done.add(c);
        done.add(tw.other);
        continue;
      }
      const e = mk(
        `c:${c}`,
        [
          [cxx, barY],
          [cxx, cyy],
        ],
        t,
      );
      e.b = c;
      if (!p.primary) e.id = `c:${c}:${p.union.id}`;
      edges.push(e);
      done.add(c);
    }
  }

  // emotional lines and informal supports: routed around every symbol they do not connect
  edges.push(...routeOverlays(g, pl, rank));
  if (g.undated.size) for (const e of edges) if (e.relIds.some((id) => g.undated.has(id))) e.dateUnknown = true;
  return edges;
}

function nearest(xs: number[], v: number): number {
  let best = v,
    d = Infinity;
  for (const c of xs)
    if (Math.abs(c - v) < d) {
      d = Math.abs(c - v);
      best = c;
    }
  return best;
}

/** Household boundaries: a rounded box around each run of members side by side, runs joined by dotted links. */
export function householdBoxes(g: FamilyGraph, pl: Placement): HouseholdModel[] {
  const out: HouseholdModel[] = [];
  const order = new Map<string, [number, number]>();
  pl.rows.forEach((row, r) => {
    let i = 0;
    for (const u of row) for (const m of u.members) order.set(m, [r, i++]);
  });
  const rowLists = pl.rows.map((row) => row.flatMap((u) => u.members));
  g.households.forEach((h, hi) => {
    const members = new Set((h.memberIds ?? []).filter((m) => order.has(m)));
    if (!members.size) return;
    const rects: Rect[] = [];
    const inset = (hi % 3) * 5;
    rowLists.forEach((ids) => {
      let run: string[] = [];
      const flush = () => {
        if (!run.length) return;
        const xs = run.map((m) => pl.x.get(m)!);
        const yy = pl.y.get(run[0]!)!;
        const left = Math.min(...xs) - NODE_W / 2 + 4 + inset,
          right = Math.max(...xs) + NODE_W / 2 - 4 - inset;
        // Tall enough for three lines of name under the symbol and the household's own name under them (not over them).
        rects.push({ x: left, y: yy - SYMBOL / 2 - 20 + inset, w: right - left, h: SYMBOL + 100 - 2 * inset });
        run = [];
      };
      for (const id of ids) {
        if (members.has(id)) run.push(id);
        else flush();
      }
      flush();
    });
    const links: Point[][] = [];
    for (let i = 1; i < rects.length; i++) {
      const a = rects[i - 1]!,
        b = rects[i]!;
      if (b.y > a.y)
        links.push([
          [a.x + a.w / 2, a.y + a.h],
          [b.x + b.w / 2, b.y],
        ]);
      else
        links.push([
          [a.x + a.w, a.y + a.h / 2],
          [b.x, b.y + b.h / 2],
        ]);
    }
    const m: HouseholdModel = { id: h.id, memberIds: [...members], rects, links };
    if (h.name) m.name = h.name;
    out.push(m);
  });
  return out;
}
