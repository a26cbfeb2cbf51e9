using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Reports.Migrations
{
    /// <inheritdoc />
    public partial class InitialReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "donor_fiscal_year_giving",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    gift_count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_fiscal_year_giving", x => new { x.donor_id, x.currency, x.fiscal_year });
                });

            migrationBuilder.CreateTable(
                name: "donor_giving_totals",
                columns: table => new
                {
                    donor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    first_gift_on = table.Column<DateOnly>(type: "date", nullable: false),
                    last_gift_on = table.Column<DateOnly>(type: "date", nullable: false),
                    gift_count = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_giving_totals", x => new { x.donor_id, x.currency });
                });

            migrationBuilder.CreateTable(
                name: "reports_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year_start_month = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports_settings", x => x.id);
                    table.CheckConstraint("ck_reports_settings_fiscal_year_start_month", "fiscal_year_start_month BETWEEN 1 AND 12");
                    table.CheckConstraint("ck_reports_settings_one_row", "id = 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_donor_fiscal_year_giving_currency_fiscal_year_donor_id",
                table: "donor_fiscal_year_giving",
                columns: new[] { "currency", "fiscal_year", "donor_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "amount" });

            migrationBuilder.CreateIndex(
                name: "ix_donor_giving_totals_currency_first_gift_on",
                table: "donor_giving_totals",
                columns: new[] { "currency", "first_gift_on" });

            // The fiscal year a date falls in, named by the calendar year it ends in (as FiscalCalendar.FiscalYearOf).
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_fiscal_year(d date, first_month int) RETURNS int
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN extract(year FROM d)::int + CASE WHEN first_month > 1 AND extract(month FROM d) >= first_month THEN 1 ELSE 0 END;
                """);

            // A donor's rows in one currency, recomputed from the ledger. The standing-gift rule lives here and in the
            // rebuild below (and in StandingGifts.Where for the queries that still read the ledger): change them together.
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_recompute_donor(p_donor_id uuid, p_currency char(3)) RETURNS void
                LANGUAGE plpgsql AS $$
                DECLARE
                    v_first_month int := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
                BEGIN
                    DELETE FROM donor_giving_totals WHERE donor_id = p_donor_id AND currency = p_currency;
                    DELETE FROM donor_fiscal_year_giving WHERE donor_id = p_donor_id AND currency = p_currency;
                    INSERT INTO donor_giving_totals (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                    SELECT g.donor_id, g.currency, min(g.received_on), max(g.received_on), count(*), sum(g.amount)
                    FROM ledger_entries g
                    WHERE g.donor_id = p_donor_id AND g.currency = p_currency AND g.kind = 'gift'
                      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                    GROUP BY g.donor_id, g.currency;
                    INSERT INTO donor_fiscal_year_giving (donor_id, currency, fiscal_year, amount, gift_count)
                    SELECT g.donor_id, g.currency, reports_fiscal_year(g.received_on, v_first_month), sum(g.amount), count(*)
                    FROM ledger_entries g
                    WHERE g.donor_id = p_donor_id AND g.currency = p_currency AND g.kind = 'gift'
                      AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                    GROUP BY g.donor_id, g.currency, reports_fiscal_year(g.received_on, v_first_month);
                END $$;
                """);

            // Both tables from the whole ledger under a fiscal-year start month, which is stored for the trigger. The
            // SHARE lock waits for writers in flight and holds new ones back until commit, so every gift is counted once.
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_rebuild_rollups(p_first_month int) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                    LOCK TABLE ledger_entries IN SHARE MODE;
                    INSERT INTO reports_settings (id, fiscal_year_start_month) VALUES (1, p_first_month)
                    ON CONFLICT (id) DO UPDATE SET fiscal_year_start_month = excluded.fiscal_year_start_month;
                    TRUNCATE donor_giving_totals, donor_fiscal_year_giving;
                    INSERT INTO donor_giving_totals (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                    SELECT g.donor_id, g.currency, min(g.received_on), max(g.received_on), count(*), sum(g.amount)
                    FROM ledger_entries g
                    WHERE g.kind = 'gift' AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                    GROUP BY g.donor_id, g.currency;
                    INSERT INTO donor_fiscal_year_giving (donor_id, currency, fiscal_year, amount, gift_count)
                    SELECT g.donor_id, g.currency, reports_fiscal_year(g.received_on, p_first_month), sum(g.amount), count(*)
                    FROM ledger_entries g
                    WHERE g.kind = 'gift' AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)
                    GROUP BY g.donor_id, g.currency, reports_fiscal_year(g.received_on, p_first_month);
                    ANALYZE donor_giving_totals;
                    ANALYZE donor_fiscal_year_giving;
                END $$;
                """);

            // Per ledger row: a gift adds itself (upserts, so concurrent gifts of one donor both count); anything else
            // (a reversal) recomputes that donor's rows in that currency from the ledger, which stays right however
            // reversals evolve (several partial ones per gift). The advisory lock (per donor) keeps a recompute and a
            // concurrent gift of the same donor from missing or double-counting each other.
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_rollup_ledger_entry() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    v_first_month int;
                BEGIN
                    PERFORM pg_advisory_xact_lock(1919250, hashtext(NEW.donor_id::text));
                    IF NEW.kind = 'gift' THEN
                        v_first_month := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
                        INSERT INTO donor_giving_totals AS t (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                        VALUES (NEW.donor_id, NEW.currency, NEW.received_on, NEW.received_on, 1, NEW.amount)
                        ON CONFLICT (donor_id, currency) DO UPDATE SET
                            first_gift_on = least(t.first_gift_on, excluded.first_gift_on),
                            last_gift_on = greatest(t.last_gift_on, excluded.last_gift_on),
                            gift_count = t.gift_count + 1,
                            amount = t.amount + excluded.amount;
                        INSERT INTO donor_fiscal_year_giving AS f (donor_id, currency, fiscal_year, amount, gift_count)
                        VALUES (NEW.donor_id, NEW.currency, reports_fiscal_year(NEW.received_on, v_first_month), NEW.amount, 1)
                        ON CONFLICT (donor_id, currency, fiscal_year) DO UPDATE SET
                            amount = f.amount + excluded.amount,
                            gift_count = f.gift_count + 1;
                    ELSE
                        PERFORM reports_recompute_donor(NEW.donor_id, NEW.currency);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION reports_rollups_truncated() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    TRUNCATE donor_giving_totals, donor_fiscal_year_giving;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER reports_rollups AFTER INSERT ON ledger_entries
                    FOR EACH ROW EXECUTE FUNCTION reports_rollup_ledger_entry();
                CREATE TRIGGER reports_rollups_truncate AFTER TRUNCATE ON ledger_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION reports_rollups_truncated();
                """);

            // Backfill from the rows already in the ledger, under the default start month; the host's start-up sync
            // rebuilds if Giving:FiscalYearStartMonth says otherwise.
            migrationBuilder.Sql("SELECT reports_rebuild_rollups(7);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS reports_rollups ON ledger_entries;
                DROP TRIGGER IF EXISTS reports_rollups_truncate ON ledger_entries;
                DROP FUNCTION IF EXISTS reports_rollup_ledger_entry();
                DROP FUNCTION IF EXISTS reports_rollups_truncated();
                DROP FUNCTION IF EXISTS reports_rebuild_rollups(int);
                DROP FUNCTION IF EXISTS reports_recompute_donor(uuid, char(3));
                DROP FUNCTION IF EXISTS reports_fiscal_year(date, int);
                """);

            migrationBuilder.DropTable(
                name: "donor_fiscal_year_giving");

            migrationBuilder.DropTable(
                name: "donor_giving_totals");

            migrationBuilder.DropTable(
                name: "reports_settings");
        }
    }
}
