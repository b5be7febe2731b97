package app

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"simkinerja/domain"
)

// draf (/draf) manages the named drafts: create, open, duplicate, rename,
// delete with undo, export to .json and import from a file with every
// validation problem shown by field. Backups of broken drafts are listed too.
type draf struct {
	app.Compo
	store *Store

	importName string
	importErrs []domain.Problem
	importOK   string
	err        string
	backups    []Backup
}

func newDraf() *draf { return &draf{} }

func (c *draf) OnMount(ctx app.Context) {
	if c.store == nil { // a test may mount the screen over a prepared store
		c.store = UseStore(ctx)
	}
	c.backups = Backups(ctx)
	ctx.ObserveState(StateDraft, new(int))
}

// importText adds a file's content as a draft or keeps its problems.
func (c *draf) importText(ctx app.Context, fileName, text string) {
	c.importName, c.importErrs, c.importOK = fileName, nil, ""
	name := strings.TrimSuffix(fileName, ".json")
	d, err := c.store.Import(ctx, name, []byte(text))
	if err != nil {
		if ve, ok := err.(*domain.ValidationError); ok {
			c.importErrs = ve.Problems
		} else {
			c.importErrs = []domain.Problem{{Message: err.Error()}}
		}
		return
	}
	c.importOK = fmt.Sprintf("Berkas %s diimpor sebagai draf %q.", fileName, d.Name)
}

func (c *draf) onFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	if size := f.Get("size").Int(); size > domain.MaxDocument {
		c.importName, c.importOK = name, ""
		c.importErrs = []domain.Problem{{Message: fmt.Sprintf("berkas terlalu besar (%d byte; paling banyak %d)", size, domain.MaxDocument)}}
		input.Set("value", "")
		return
	}
	f.Call("text").Then(func(v app.Value) {
		text := v.String()
		ctx.Dispatch(func(ctx app.Context) { c.importText(ctx, name, text) })
	})
	input.Set("value", "") // the same file can be chosen again after fixing it
}

func (c *draf) Render() app.UI {
	if c.store == nil {
		return layout(nil, "/draf", app.P().Text("Memuat…"))
	}
	drafts := c.store.Drafts()
	cur := c.store.Current().ID
	return layout(c.store, "/draf",
		app.H1().Text("Draf"),
		app.P().Class("lead").Text("Setiap perubahan tersimpan otomatis di perangkat ini. Ekspor ke berkas .json untuk memindahkan atau mengarsipkan."),
		app.If(c.err != "", func() app.UI {
			return app.P().Class("notice error").Attr("role", "alert").Text(c.err)
		}),
		c.renderUndo(),
		app.Ul().Class("drafts").Attr("data-testid", "draft-list").Body(
			app.Range(drafts).Slice(func(i int) app.UI { return c.renderDraft(drafts[i], drafts[i].ID == cur) }),
		),
		app.P().Body(
			app.Button().Type("button").Class("primary").Attr("data-testid", "draft-new").Text("+ Draf baru").
				OnClick(func(ctx app.Context, e app.Event) {
					if _, err := c.store.Create(ctx, "", nil); err != nil {
						c.err = err.Error()
					}
				}),
		),
		app.Section().Class("card").Aria("labelledby", "h-impor").Body(
			app.H2().ID("h-impor").Text("Impor dari berkas"),
			app.Div().Class("field").Body(
				app.Label().For("impor-berkas").Text("Pilih berkas skenario (.json)"),
				app.Input().ID("impor-berkas").Type("file").Accept(".json,application/json").
					Attr("data-testid", "import-file").OnChange(c.onFile),
			),
			app.If(c.importOK != "", func() app.UI {
				return app.P().Class("notice ok").Attr("role", "status").Attr("data-testid", "import-ok").Text(c.importOK)
			}),
			app.If(len(c.importErrs) > 0, func() app.UI {
				return app.Div().Class("notice error").Attr("role", "alert").Attr("data-testid", "import-errors").Body(
					app.P().Text(fmt.Sprintf("Berkas %s tidak diimpor; draf yang ada tidak berubah. Perbaiki:", c.importName)),
					app.Ul().Body(app.Range(c.importErrs).Slice(func(i int) app.UI {
						p := c.importErrs[i]
						path := p.Path
						if path == "" {
							path = "(dokumen)"
						}
						return app.Li().Attr("data-testid", "import-error").Attr("data-path", p.Path).Body(
							app.Code().Text(path), app.Text(": "+p.Message),
						)
					})),
				)
			}),
		),
		c.renderBackups(),
	)
}

func (c *draf) renderUndo() app.UI {
	d, ok := c.store.Deleted()
	if !ok {
		return nil
	}
	return app.Div().Class("notice info").Attr("role", "status").Attr("data-testid", "undo").Body(
		app.Text(fmt.Sprintf("Draf %q dihapus. ", d.Name)),
		app.Button().Type("button").Attr("data-testid", "undo-delete").Text("Urungkan").
			OnClick(func(ctx app.Context, e app.Event) { c.store.Undo(ctx) }),
	)
}

func (c *draf) renderDraft(d Draft, current bool) app.UI {
	res := domain.Simulate(d.Scenario)
	nameID := "nama-" + d.ID
	export, _ := domain.EncodeIndent(d.Scenario)
	li := app.Li().Class("draft card").Attr("data-testid", "draft-item")
	if current {
		li = li.Class("current").Aria("current", "true")
	}
	return li.Body(
		app.Div().Class("field").Body(
			app.Label().For(nameID).Text("Nama draf"),
			app.Input().ID(nameID).Type("text").Value(d.Name).MaxLength(maxDraftName).Attr("data-testid", "draft-name").
				OnChange(func(ctx app.Context, e app.Event) {
					if err := c.store.Rename(ctx, d.ID, ctx.JSSrc().Get("value").String()); err != nil {
						c.err = err.Error()
					} else {
						c.err = ""
					}
				}),
		),
		app.P().Class("muted").Body(
			app.Text(scenarioSummary(d.Scenario)+" · "+res.AngkaKreditTotal+" AK"),
			app.If(current, func() app.UI { return app.Strong().Text(" · sedang dibuka") }),
			app.If(!d.Updated.IsZero(), func() app.UI {
				return app.Text(" · diubah " + d.Updated.Local().Format("02-01-2006 15:04"))
			}),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").Class("primary").Text("Buka").Attr("data-testid", "draft-open").
				OnClick(func(ctx app.Context, e app.Event) {
					c.store.Select(ctx, d.ID)
					ctx.Navigate("/simulasi")
				}),
			app.Button().Type("button").Text("Duplikat").Attr("data-testid", "draft-duplicate").
				OnClick(func(ctx app.Context, e app.Event) {
					if _, err := c.store.Duplicate(ctx, d.ID); err != nil {
						c.err = err.Error()
					}
				}),
			app.A().Class("button").Href(dataURL("application/json", string(export)+"\n")).
				Attr("download", fileSlug(d.Name)+".json").Attr("data-testid", "draft-export").Text("Ekspor .json"),
			app.Button().Type("button").Class("danger").Text("Hapus").Attr("data-testid", "draft-delete").
				Aria("label", "Hapus draf "+d.Name).
				OnClick(func(ctx app.Context, e app.Event) { c.store.Delete(ctx, d.ID) }),
		),
	)
}

func (c *draf) renderBackups() app.UI {
	if len(c.backups) == 0 {
		return nil
	}
	return app.Section().Class("card").Aria("labelledby", "h-cadangan").Attr("data-testid", "backups").Body(
		app.H2().ID("h-cadangan").Text("Cadangan draf rusak"),
		app.P().Text("Isi penyimpanan yang tidak dapat dibaca dipindahkan ke sini dan tidak pernah dihapus otomatis."),
		app.Ul().Body(app.Range(c.backups).Slice(func(i int) app.UI {
			b := c.backups[i]
			return app.Li().Body(
				app.Text(backupTime(b.Saved)+" — "+b.Reason+". "),
				app.A().Href(dataURL("application/json", b.Raw)).Attr("download", "cadangan-draf.json").Text("Unduh"),
				app.Text(" "),
				app.Button().Type("button").Class("danger").Text("Hapus cadangan").
					OnClick(func(ctx app.Context, e app.Event) {
						DeleteBackup(ctx, b.Key)
						c.backups = Backups(ctx)
					}),
			)
		})),
	)
}

// backupTime shows a backup's RFC 3339 time in the device's zone.
func backupTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.Local().Format("02-01-2006 15:04")
}

var slugRe = regexp.MustCompile(`[^a-z0-9]+`)

// fileSlug turns a draft name into a safe file name.
func fileSlug(name string) string {
	s := strings.Trim(slugRe.ReplaceAllString(strings.ToLower(name), "-"), "-")
	if s == "" {
		s = "skenario"
	}
	return "simkinerja-" + s
}
