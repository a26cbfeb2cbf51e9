using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiveBack.Reports.Migrations
{
    /// <inheritdoc />
    public partial class RollupsPerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The gift path writes many ledger rows per statement (group commit). The rollups follow a statement in a
            // handful of set-based statements over its transition table, instead of two upserts per row. The rules are
            // the row trigger's: a gift adds itself to its donor's (or the merge survivor's) rows, anything else (a
            // reversal) recomputes that donor's rows from the ledger, after the gifts, so a statement holding both is
            // right. The per-donor advisory locks are taken in one fixed order, so two statements sharing donors
            // queue behind each other instead of deadlocking.
            migrationBuilder.Sql("""
                CREATE FUNCTION reports_survivors(p_donors uuid[]) RETURNS TABLE (merged uuid, survivor uuid)
                LANGUAGE plpgsql STABLE AS $$
                BEGIN
                    -- donor_merges is the ledger's table: with the ledger's migrations rolled back below it, a gift
                    -- must still roll up (to its own donor) rather than fail.
                    IF to_regclass('donor_merges') IS NULL THEN
                        RETURN QUERY SELECT d, d FROM unnest(p_donors) AS d;
                    ELSE
                        RETURN QUERY
                            SELECT d, coalesce(m.survivor_id, d)
                            FROM unnest(p_donors) AS d LEFT JOIN donor_merges m ON m.merged_donor_id = d;
                    END IF;
                END $$;

                CREATE FUNCTION reports_rollup_ledger_rows() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    v_first_month int := (SELECT fiscal_year_start_month FROM reports_settings WHERE id = 1);
                    v_donors uuid[] := ARRAY(SELECT DISTINCT donor_id FROM new_rows);
                    v_recompute record;
                BEGIN
                    PERFORM pg_advisory_xact_lock(1919250, h)
                    FROM (SELECT DISTINCT hashtext(s.survivor::text) AS h FROM reports_survivors(v_donors) s ORDER BY 1) AS locks;

                    INSERT INTO donor_giving_totals AS t (donor_id, currency, first_gift_on, last_gift_on, gift_count, amount)
                    SELECT s.survivor, n.currency, min(n.received_on), max(n.received_on), count(*), sum(n.amount)
                    FROM new_rows n JOIN reports_survivors(v_donors) s ON s.merged = n.donor_id
                    WHERE n.kind = 'gift'
                    GROUP BY s.survivor, n.currency
                    ORDER BY s.survivor, n.currency
                    ON CONFLICT (donor_id, currency) DO UPDATE SET
                        first_gift_on = least(t.first_gift_on, excluded.first_gift_on),
                        last_gift_on = greatest(t.last_gift_on, excluded.last_gift_on),
                        gift_count = t.gift_count + excluded.gift_count,
                        amount = t.amount + excluded.amount;

                    INSERT INTO donor_fiscal_year_giving AS f (donor_id, currency, fiscal_year, amount, gift_count)
                    SELECT s.survivor, n.currency, reports_fiscal_year(n.received_on, v_first_month), sum(n.amount), count(*)
                    FROM new_rows n JOIN reports_survivors(v_donors) s ON s.merged = n.donor_id
                    WHERE n.kind = 'gift'
                    GROUP BY s.survivor, n.currency, reports_fiscal_year(n.received_on, v_first_month)
                    ORDER BY 1, 2, 3
                    ON CONFLICT (donor_id, currency, fiscal_year) DO UPDATE SET
                        amount = f.amount + excluded.amount,
                        gift_count = f.gift_count + excluded.gift_count;

                    FOR v_recompute IN
                        SELECT DISTINCT s.survivor, n.currency
                        FROM new_rows n JOIN reports_survivors(v_donors) s ON s.merged = n.donor_id
                        WHERE n.kind <> 'gift'
                    LOOP
                        PERFORM reports_recompute_donor(v_recompute.survivor, v_recompute.currency);
                    END LOOP;
                    RETURN NULL;
                END $$;

                DROP TRIGGER reports_rollups ON ledger_entries;
                CREATE TRIGGER reports_rollups AFTER INSERT ON ledger_entries
                    REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION reports_rollup_ledger_rows();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER reports_rollups ON ledger_entries;
                CREATE TRIGGER reports_rollups AFTER INSERT ON ledger_entries
                    FOR EACH ROW EXECUTE FUNCTION reports_rollup_ledger_entry();
                DROP FUNCTION reports_rollup_ledger_rows();
                DROP FUNCTION reports_survivors(uuid[]);
                """);
        }
    }
}
