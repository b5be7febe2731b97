package domain

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// AK is an exact, non-floating amount of angka kredit: a normalised fraction
// num/den with den > 0. The zero value is 0. AK values are summed exactly and
// rounded only for display (RULES.md §7.2, §11 Q9).
type AK struct {
	num, den int64
}

// NewAK returns num/den in lowest terms. It panics on a zero denominator,
// which only a programming error can produce.
func NewAK(num, den int64) AK {
	if den == 0 {
		panic("domain: AK with zero denominator")
	}
	if den < 0 {
		num, den = -num, -den
	}
	g := gcd(abs(num), den)
	return AK{num / g, den / g}
}

// AKInt returns the whole number n as AK.
func AKInt(n int64) AK { return AK{n, 1} }

func (a AK) norm() AK {
	if a.den == 0 {
		return AK{0, 1}
	}
	return a
}

// Add returns a + b.
func (a AK) Add(b AK) AK {
	a, b = a.norm(), b.norm()
	return NewAK(a.num*b.den+b.num*a.den, a.den*b.den)
}

// Sub returns a − b.
func (a AK) Sub(b AK) AK { return a.Add(b.Neg()) }

// Neg returns −a.
func (a AK) Neg() AK { a = a.norm(); return AK{-a.num, a.den} }

// Mul returns a × b.
func (a AK) Mul(b AK) AK {
	a, b = a.norm(), b.norm()
	return NewAK(a.num*b.num, a.den*b.den)
}

// MulFrac returns a × num/den.
func (a AK) MulFrac(num, den int64) AK { return a.Mul(NewAK(num, den)) }

// Cmp compares a and b and returns −1, 0 or +1.
func (a AK) Cmp(b AK) int {
	a, b = a.norm(), b.norm()
	l, r := a.num*b.den, b.num*a.den
	switch {
	case l < r:
		return -1
	case l > r:
		return 1
	}
	return 0
}

// Sign returns −1, 0 or +1.
func (a AK) Sign() int { return a.Cmp(AK{}) }

// IsZero reports whether a is 0.
func (a AK) IsZero() bool { return a.num == 0 }

// Fraction returns the numerator and the (positive) denominator in lowest terms.
func (a AK) Fraction() (num, den int64) { a = a.norm(); return a.num, a.den }

// Max returns the larger of a and b.
func Max(a, b AK) AK {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// Round2 returns a rounded to 2 decimals, half away from zero (half-up for
// the positive values AK takes), as hundredths.
func (a AK) Round2() int64 {
	a = a.norm()
	n := abs(a.num) * 100
	q, r := n/a.den, n%a.den
	if 2*r >= a.den {
		q++
	}
	if a.num < 0 {
		return -q
	}
	return q
}

// Display formats a for the UI in the Indonesian way: two decimals rounded
// half-up, comma as the decimal mark, trailing zeros trimmed (37,5; 2,08; 50).
// Thousands are separated by dots (1.050).
func (a AK) Display() string { return formatHundredths(a.Round2(), ",", ".") }

// String formats a with a dot decimal mark and no grouping, rounded to two
// decimals like Display (for logs and machine-readable summaries).
func (a AK) String() string { return formatHundredths(a.Round2(), ".", "") }

// Exact formats a exactly: a terminating decimal ("37.5") when there is one,
// otherwise the fraction ("125/12").
func (a AK) Exact() string {
	a = a.norm()
	d := a.den
	for d%2 == 0 {
		d /= 2
	}
	for d%5 == 0 {
		d /= 5
	}
	if d != 1 {
		return strconv.FormatInt(a.num, 10) + "/" + strconv.FormatInt(a.den, 10)
	}
	// Scale to a power of ten.
	scale, digits := int64(1), 0
	for scale%a.den != 0 {
		scale *= 10
		digits++
	}
	v := a.num * (scale / a.den)
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v, 10)
	if digits > 0 {
		for len(s) <= digits {
			s = "0" + s
		}
		s = strings.TrimRight(s[:len(s)-digits]+"."+s[len(s)-digits:], "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// formatHundredths writes hundredths as a decimal. It builds the text in one
// buffer: Display runs for every AK shown, and the concatenations it replaced
// were a tenth of a record's allocations.
func formatHundredths(h int64, dec, group string) string {
	var buf [40]byte
	return string(appendHundredths(buf[:0], h, dec, group))
}

func appendHundredths(b []byte, h int64, dec, group string) []byte {
	if h < 0 {
		b = append(b, '-')
		h = -h
	}
	whole, frac := h/100, h%100
	var d [20]byte
	ws := strconv.AppendInt(d[:0], whole, 10)
	if group == "" || len(ws) <= 3 {
		b = append(b, ws...)
	} else {
		pre := len(ws) % 3
		b = append(b, ws[:pre]...)
		for i := pre; i < len(ws); i += 3 {
			if i > 0 {
				b = append(b, group...)
			}
			b = append(b, ws[i:i+3]...)
		}
	}
	if frac != 0 {
		// Two digits, trailing zero trimmed.
		b = append(b, dec...)
		b = append(b, byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return b
}

// ErrAKSyntax reports an AK text that is not a decimal number.
var ErrAKSyntax = errors.New("bukan angka desimal yang sah")

// ParseAK reads a decimal number written with a comma or a dot as decimal mark
// ("550,63", "550.63", "37") with at most 4 decimals. Grouping marks are not
// accepted because "1.050" would be ambiguous.
func ParseAK(s string) (AK, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return AK{}, fmt.Errorf("%q: %w", s, ErrAKSyntax)
	}
	neg := false
	if t[0] == '-' || t[0] == '+' {
		neg = t[0] == '-'
		t = t[1:]
	}
	t = strings.Replace(t, ",", ".", 1)
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" && frac == "" || len(frac) > 4 || len(whole) > 9 || !digitsOnly(whole) || !digitsOnly(frac) {
		return AK{}, fmt.Errorf("%q: %w", s, ErrAKSyntax)
	}
	var n int64
	for _, c := range whole + frac {
		n = n*10 + int64(c-'0')
	}
	den := int64(1)
	for range frac {
		den *= 10
	}
	if neg {
		n = -n
	}
	return NewAK(n, den), nil
}

func digitsOnly(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// MarshalText writes the exact value (see Exact) so AK survives a JSON round trip.
func (a AK) MarshalText() ([]byte, error) { return []byte(a.Exact()), nil }

// UnmarshalText reads a decimal (see ParseAK) or an exact fraction "n/d".
func (a *AK) UnmarshalText(b []byte) error {
	s := string(b)
	if n, d, ok := strings.Cut(s, "/"); ok {
		num, err1 := strconv.ParseInt(n, 10, 64)
		den, err2 := strconv.ParseInt(d, 10, 64)
		if err1 != nil || err2 != nil || den <= 0 {
			return fmt.Errorf("%q: %w", s, ErrAKSyntax)
		}
		*a = NewAK(num, den)
		return nil
	}
	v, err := ParseAK(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a == 0 {
		return 1
	}
	return a
}

func abs(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}
