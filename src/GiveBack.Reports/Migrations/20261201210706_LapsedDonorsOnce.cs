using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Reports.Migrations
{
    /// <inheritdoc />
    public partial class LapsedDonorsOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rollups now read the ledger's standing_gifts view, the one statement of "a gift stands unless
            // reversed", instead of their own copy of the condition. Same rows, same sums.
            migrationBuilder.Sql(RollupsFrom("standing_gifts g", "true"));

            // The first day of a fiscal year (named by the calendar year it ends in) under the rollups' start month.
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_fiscal_year_start(p_fiscal_year int) RETURNS date
                LANGUAGE sql STABLE PARALLEL SAFE
                RETURN (SELECT make_date(p_fiscal_year - CASE WHEN s.fiscal_year_start_month > 1 THEN 1 ELSE 0 END,
                                         s.fiscal_year_start_month, 1)
                        FROM reports_settings s WHERE s.id = 1);
                """);

            // "Lapsed donor", written once, over the rollups (standing gifts per donor, currency and fiscal year), for
            // the two standard sets:
            //   giveback_lybunt_donors — gave in FY-1, not in FY;
            //   giveback_sybunt_donors — gave before FY-1 (the first standing gift is before FY-1 starts), neither
            //   in FY-1 nor in FY.
            // In one currency, or with p_currency NULL in any (segments and the appeal job: a donor who gave in FY-1
            // in any currency and in FY in none; such a donor appears once per currency given in FY-1, so a caller
            // that lists donors takes DISTINCT). Each is one SELECT in SQL, STABLE and PARALLEL SAFE, so PostgreSQL
            // inlines it into the caller's query and plans it as when the conditions were written there: the
            // report's count still runs in parallel and its page still probes two primary keys per donor.
            migrationBuilder.Sql("""
                CREATE FUNCTION giveback_lybunt_donors(p_fiscal_year int, p_currency char(3) DEFAULT NULL)
                RETURNS TABLE (donor_id uuid)
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$
                    SELECT p.donor_id FROM donor_fiscal_year_giving p
                    WHERE p.fiscal_year = p_fiscal_year - 1 AND (p_currency IS NULL OR p.currency = p_currency)
                      AND NOT EXISTS (
                          SELECT 1 FROM donor_fiscal_year_giving c
                          WHERE c.donor_id = p.donor_id AND c.fiscal_year = p_fiscal_year
                            AND (p_currency IS NULL OR c.currency = p_currency))
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION giveback_sybunt_donors(p_fiscal_year int, p_currency char(3) DEFAULT NULL)
                RETURNS TABLE (donor_id uuid)
                LANGUAGE sql STABLE PARALLEL SAFE
                AS $$
                    SELECT t.donor_id FROM donor_giving_totals t
                    WHERE (p_currency IS NULL OR t.currency = p_currency)
                      AND t.first_gift_on < reports_fiscal_year_start(p_fiscal_year - 1)
                      AND NOT EXISTS (
                          SELECT 1 FROM donor_fiscal_year_giving c
                          WHERE c.donor_id = t.donor_id AND c.fiscal_year IN (p_fiscal_year - 1, p_fiscal_year)
                            AND (p_currency IS NULL OR c.currency = p_currency))
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION giveback_sybunt_donors(int, char(3));");
            migrationBuilder.Sql("DROP FUNCTION giveback_lybunt_donors(int, char(3));");
            migrationBuilder.Sql("DROP FUNCTION reports_fiscal_year_start(int);");
            migrationBuilder.Sql(RollupsFrom(
                "ledger_entries g",
                "g.kind = 'gift' AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = g.id)"));
        }

        // The two rollup functions of InitialReports over a source of standing gifts: up, the view; down, the ledger
        // with the condition the first migration wrote inline.
        private static string RollupsFrom(string gifts, string stands) => $$"""
            CREATE OR REPLACE FUNCTION reports_recompute_donor(p_donor_id uuid, p_currency char(3)) RETURNS void
            LANGUAGE plpgsql AS $$
            DECLARE
                v_first_month int := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
            BEGIN
                DELETE FROM donor_giving_totals WHERE donor_id = p_donor_id AND currency = p_currency;
                DELETE FROM donor_fiscal_year_giving WHERE donor_id = p_donor_id AND currency = p_currency;
                INSERT INTO donor_giving_totals (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                SELECT g.donor_id, g.currency, min(g.received_on), max(g.received_on), count(*), sum(g.amount)
                FROM {{gifts}}
                WHERE g.donor_id = p_donor_id AND g.currency = p_currency AND {{stands}}
                GROUP BY g.donor_id, g.currency;
                INSERT INTO donor_fiscal_year_giving (donor_id, currency, fiscal_year, amount, gift_count)
                SELECT g.donor_id, g.currency, reports_fiscal_year(g.received_on, v_first_month), sum(g.amount), count(*)
                FROM {{gifts}}
                WHERE g.donor_id = p_donor_id AND g.currency = p_currency AND {{stands}}
                GROUP BY g.donor_id, g.currency, reports_fiscal_year(g.received_on, v_first_month);
            END $$;

            CREATE OR REPLACE FUNCTION reports_rebuild_rollups(p_first_month int) RETURNS void
            LANGUAGE plpgsql AS $$
            BEGIN
                LOCK TABLE ledger_entries IN SHARE MODE;
                INSERT INTO reports_settings (id, fiscal_year_start_month) VALUES (1, p_first_month)
                ON CONFLICT (id) DO UPDATE SET fiscal_year_start_month = excluded.fiscal_year_start_month;
                TRUNCATE donor_giving_totals, donor_fiscal_year_giving;
                INSERT INTO donor_giving_totals (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                SELECT g.donor_id, g.currency, min(g.received_on), max(g.received_on), count(*), sum(g.amount)
                FROM {{gifts}}
                WHERE {{stands}}
                GROUP BY g.donor_id, g.currency;
                INSERT INTO donor_fiscal_year_giving (donor_id, currency, fiscal_year, amount, gift_count)
                SELECT g.donor_id, g.currency, reports_fiscal_year(g.received_on, p_first_month), sum(g.amount), count(*)
                FROM {{gifts}}
                WHERE {{stands}}
                GROUP BY g.donor_id, g.currency, reports_fiscal_year(g.received_on, p_first_month);
                ANALYZE donor_giving_totals;
                ANALYZE donor_fiscal_year_giving;
            END $$;
            """;
    }
}
