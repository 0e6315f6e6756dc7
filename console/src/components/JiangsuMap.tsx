/**
 * Jiangsu's 13 cities, each with a value (and optional labels), schematic: not for publication.
 * Scaffold stand-in (a list): the map component replaces it with the same props.
 */
export interface JiangsuMapCity {
  name: string;
  value: number;
  labels?: string[];
}

export interface JiangsuMapProps {
  cities: JiangsuMapCity[];
  onSelect?(city: string): void;
}

export function JiangsuMap({ cities, onSelect }: JiangsuMapProps) {
  return (
    <ul data-testid="jiangsu-map">
      {cities.map((city) => (
        <li key={city.name}>
          <a onClick={() => onSelect?.(city.name)}>
            {city.name}: {city.value}
            {city.labels?.length ? ` (${city.labels.join("、")})` : ""}
          </a>
        </li>
      ))}
    </ul>
  );
}

export default JiangsuMap;
