/** Jiangsu's 13 prefecture-level cities, by their ids in the graph, in the usual north-to-south order. */
export const JIANGSU_CITY_IDS = [
  "city-xuzhou",
  "city-lianyungang",
  "city-suqian",
  "city-huaian",
  "city-yancheng",
  "city-yangzhou",
  "city-taizhou",
  "city-nantong",
  "city-nanjing",
  "city-zhenjiang",
  "city-changzhou",
  "city-wuxi",
  "city-suzhou",
] as const;
