package domain

import "sort"

// sortedKeys returns a map's keys in order, so problems and traces are deterministic.
func sortedKeys[V any, K ~string](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
