package app

import (
	"fmt"
	"simkinerja/app/store"
	"strconv"
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
	backups    []store.Backup
}

func newDraf() *draf { return &draf{} }

func (c *draf) OnMount(ctx app.Context) {
	if c.store == nil { // a test may mount the screen over a prepared store
		c.store = UseStore(ctx)
	}
	c.backups = c.store.Backups()
	ctx.ObserveState(StateDraft, new(int))
}

// importText adds a file's content as a draft or keeps its problems.
func (c *draf) importText(ctx app.Context, fileName, text string) {
	c.importName, c.importErrs, c.importOK = fileName, nil, ""
	name := NamaDariBerkas(fileName) // an exported draft comes back with its name
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
		return layout(nil, "/draf", app.Elem("p").Text("Memuat…"))
	}
	drafts := c.store.Drafts()
	cur := c.store.Current().ID
	return layout(c.store, "/draf",
		app.Elem("h1").Text("Draf"),
		app.Elem("p").Class("lead").Text("Setiap perubahan tersimpan otomatis di perangkat ini. Ekspor ke berkas .json untuk memindahkan atau mengarsipkan."),
		app.If(c.err != "", func() app.UI {
			return app.Elem("p").Class("notice error").Attr("role", "alert").Text(c.err)
		}),
		c.renderUndo(),
		app.Elem("ul").Class("drafts").Attr("data-testid", "draft-list").Body(
			app.Range(drafts).Slice(func(i int) app.UI { return c.renderDraft(drafts[i], drafts[i].ID == cur) }),
		),
		app.Elem("p").Body(
			app.Button().Type("button").Class("primary").Attr("data-testid", "draft-new").Text("+ Draf baru").OnClick(c.onNew),
		),
		app.Elem("section").Class("card").Aria("labelledby", "h-impor").Body(
			app.Elem("h2").ID("h-impor").Text("Impor dari berkas"),
			app.Elem("div").Class("field").Body(
				app.Elem("label").Attr("for", "impor-berkas").Text("Pilih berkas skenario (.json)"),
				app.Input().ID("impor-berkas").Type("file").Accept(".json,application/json").
					Attr("data-testid", "import-file").OnChange(c.onFile),
			),
			app.If(c.importOK != "", func() app.UI {
				return app.Elem("p").Class("notice ok").Attr("role", "status").Attr("data-testid", "import-ok").Text(c.importOK)
			}),
			app.If(len(c.importErrs) > 0, func() app.UI {
				return app.Elem("div").Class("notice error").Attr("role", "alert").Attr("data-testid", "import-errors").Body(
					app.Elem("p").Text(fmt.Sprintf("Berkas %s tidak diimpor; draf yang ada tidak berubah. Perbaiki:", c.importName)),
					app.Elem("ul").Body(app.Range(c.importErrs).Slice(func(i int) app.UI {
						p := c.importErrs[i]
						path := p.Path
						if path == "" {
							path = "(dokumen)"
						}
						return app.Elem("li").Attr("data-testid", "import-error").Attr("data-path", p.Path).Body(
							app.Elem("code").Text(path), app.Text(": "+p.Message),
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
	return app.Elem("div").Class("notice info").Attr("role", "status").Attr("data-testid", "undo").Body(
		app.Text(fmt.Sprintf("Draf %q dihapus. ", d.Name)),
		app.Button().Type("button").Attr("data-testid", "undo-delete").Text("Urungkan").
			OnClick(c.store.undoAction),
	)
}

func (c *draf) renderDraft(d store.Draft, current bool) app.UI {
	res := c.store.ResultOf(d)
	nameID := "nama-" + d.ID
	// The whole record (every year) is exported; import reads both schemas.
	export, _ := domain.EncodeIndent(d.Record)
	li := app.Elem("li").Class("draft card").Attr("data-testid", "draft-item").Attr("data-draf", d.ID)
	if current {
		li = li.Class("current").Aria("current", "true")
	}
	return li.Body(
		app.Elem("div").Class("field").Body(
			app.Elem("label").Attr("for", nameID).Text("Nama draf"),
			app.Input().ID(nameID).Type("text").Value(d.Name).MaxLength(store.MaxDraftName).Attr("data-testid", "draft-name").
				OnChange(c.onRename),
		),
		app.Elem("p").Class("muted").Body(
			app.Text(draftYears(d)+" · "+scenarioSummary(d.Scenario)+" · "+res.AngkaKreditTotal+" AK"),
			app.If(current, func() app.UI { return app.Elem("strong").Text(" · sedang dibuka") }),
			app.If(!d.Updated.IsZero(), func() app.UI {
				return app.Text(" · diubah " + d.Updated.Local().Format("02-01-2006 15:04"))
			}),
		),
		app.Elem("div").Class("actions").Body(
			app.Button().Type("button").Class("primary").Text("Buka").Attr("data-testid", "draft-open").
				OnClick(c.onOpen),
			app.Button().Type("button").Text("Duplikat").Attr("data-testid", "draft-duplicate").
				OnClick(c.onDuplicate),
			app.A().Class("button").Href(dataURL("application/json", string(export)+"\n")).
				Attr("download", NamaBerkas(d.Name)).Attr("data-testid", "draft-export").Text("Ekspor .json"),
			app.Button().Type("button").Class("danger").Text("Hapus").Attr("data-testid", "draft-delete").
				Aria("label", "Hapus draf "+d.Name).
				OnClick(c.onDelete),
		),
	)
}

func (c *draf) renderBackups() app.UI {
	if len(c.backups) == 0 {
		return nil
	}
	return app.Elem("section").Class("card").Aria("labelledby", "h-cadangan").Attr("data-testid", "backups").Body(
		app.Elem("h2").ID("h-cadangan").Text("Cadangan draf rusak"),
		app.Elem("p").Text("Isi penyimpanan yang tidak dapat dibaca dipindahkan ke sini dan tidak pernah dihapus otomatis."),
		app.Elem("ul").Body(app.Range(c.backups).Slice(func(i int) app.UI {
			b := c.backups[i]
			return app.Elem("li").Body(
				app.Text(backupTime(b.Saved)+" — "+b.Reason+". "),
				app.A().Href(dataURL("application/json", b.Raw)).Attr("download", "cadangan-draf.json").Text("Unduh"),
				app.Text(" "),
				app.Button().Type("button").Class("danger").Text("Hapus cadangan").Attr("data-cadangan", b.Key).OnClick(c.onDeleteBackup),
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

// fileSlug turns a draft name into a safe file name: every run of characters
// other than a–z and 0–9 becomes one "-". A loop, not regexp.ReplaceAllString,
// which alone added about 14 KB to app.wasm.
func fileSlug(name string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(name) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	s := b.String()
	if s == "" {
		s = "skenario"
	}
	return "simkinerja-" + s
}

// draftYears lists a draft's calendar years ("2024–2026, 3 tahun").
func draftYears(d store.Draft) string {
	t := d.Record.Tahun
	switch len(t) {
	case 0:
		return ""
	case 1:
		return "tahun " + strconv.Itoa(t[0].Tahun)
	}
	return fmt.Sprintf("tahun %d–%d (%d tahun)", t[0].Tahun, t[len(t)-1].Tahun, len(t))
}

// The list's named actions; a draft's buttons find its id in data-draf.

func (c *draf) onNew(ctx app.Context, e app.Event) {
	if _, err := c.store.Create(ctx, "", nil); err != nil {
		c.err = err.Error()
	}
}

func (c *draf) onRename(ctx app.Context, e app.Event) {
	c.err = ""
	if err := c.store.Rename(ctx, data(ctx, "draf"), ctx.JSSrc().Get("value").String()); err != nil {
		c.err = err.Error()
	}
}

func (c *draf) onOpen(ctx app.Context, e app.Event) {
	c.store.Select(ctx, data(ctx, "draf"))
	ctx.Navigate("/simulasi")
}

func (c *draf) onDuplicate(ctx app.Context, e app.Event) {
	if _, err := c.store.Duplicate(ctx, data(ctx, "draf")); err != nil {
		c.err = err.Error()
	}
}

// onDelete removes a draft; the notice above the list offers Undo.
func (c *draf) onDelete(ctx app.Context, e app.Event) { c.store.Delete(ctx, data(ctx, "draf")) }

func (c *draf) onDeleteBackup(ctx app.Context, e app.Event) {
	c.store.DeleteBackup(ctx, data(ctx, "cadangan"))
	c.backups = c.store.Backups()
}
