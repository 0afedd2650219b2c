// Typed here so TypeScript does not infer a type from the 750 kB of boundaries in the file.
declare module 'world-atlas/countries-50m.json' {
  import type { Topology, GeometryCollection } from 'topojson-specification';
  const world: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  export default world;
}
