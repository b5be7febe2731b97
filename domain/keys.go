package domain

import "slices"

// sortedKeys returns a map's keys in order, so problems and traces are deterministic.
func sortedKeys[V any, K ~string](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks) // not sort.Slice: its reflection-based swapper costs the wasm ~8 KB
	return ks
}
