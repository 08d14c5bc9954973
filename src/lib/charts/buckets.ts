/**
 * A counting sort: items 0…n-1 put in order of their bucket, in item order within a bucket, in
 * two passes over typed arrays. The canvas's hover grid and its keyboard order both sort up to
 * 1,000,000 marks this way, where a comparison sort of them took a second.
 */
export interface Buckets {
  /** The items, bucket by bucket: bucket b's are order[starts[b]] to order[starts[b + 1] - 1]. */
  order: Uint32Array;
  starts: Uint32Array;
}

/** `bucketOf[k]` is item k's bucket, below `buckets`. */
export function bucketOrder(bucketOf: Uint32Array, buckets: number): Buckets {
  const starts = new Uint32Array(buckets + 1);
  for (let k = 0; k < bucketOf.length; k++) starts[bucketOf[k]! + 1]!++;
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const order = new Uint32Array(bucketOf.length);
  const next = starts.slice(0, -1);
  for (let k = 0; k < bucketOf.length; k++) order[next[bucketOf[k]!]!++] = k;
  return { order, starts };
}
