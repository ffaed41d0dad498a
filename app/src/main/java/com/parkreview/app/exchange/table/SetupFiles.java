package com.parkreview.app.exchange.table;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.csv.CsvTable;
import com.parkreview.app.exchange.csv.ScoresCsv;
import com.parkreview.app.exchange.csv.TableHeader;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.Names;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.TextField;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applicants and the panel of a session from a secretary's table (CSV or XLSX):
 * Headers are written in Chinese (the template's: {@link #APPLICANT_COLUMNS}, {@link #EXPERT_COLUMNS}) or English:
 * <ul>
 *   <li>applicants: {@code code,name,uscc,contact_person,contact_phone,applied_wan,received_wan,defense_order,slot};
 *       amounts in 万元, the order a whole number (blank: the row's place), the slot {@code HH:MM} or blank;</li>
 *   <li>experts: {@code code,name,organisation,role,group_leader}; role 产业专家 / 财务专家 (or industry /
 *       finance), group_leader 是 / 否 (or yes / no, 1 / 0).</li>
 * </ul>
 * Every cell is checked, and codes new to the session and to the file; the result is all rows, or
 * every problem with its line and column.
 */
public final class SetupFiles {

    public static final List<String> APPLICANT_HEADER = List.of("code", "name", "uscc", "contact_person",
            "contact_phone", "applied_wan", "received_wan", "defense_order", "slot");
    public static final List<String> EXPERT_HEADER = List.of("code", "name", "organisation", "role", "group_leader");
    /** The applicants' columns, named in Chinese (the template's header) or in English. */
    public static final TableHeader APPLICANT_COLUMNS = new TableHeader(APPLICANT_HEADER, List.of("编号", "名称",
            "统一社会信用代码", "联系人", "联系电话", "申请金额（万元）", "已获同类支持（万元）", "答辩顺序", "答辩时间"));
    /** The panel's columns, named in Chinese (the template's header) or in English. */
    public static final TableHeader EXPERT_COLUMNS = new TableHeader(EXPERT_HEADER,
            List.of("编号", "姓名", "单位", "角色", "组长"));

    /** What was read: the rows, or the problems. */
    public record Result<T>(List<T> rows, List<InputProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private SetupFiles() {
    }

    /**
     * @param takenCodes  applicant codes the session already has
     * @param takenUsccs  credit codes the session already has
     * @param nextOrder   the defense order a row without one gets first
     */
    public static Result<NewApplicant> applicants(Path file, Set<String> takenCodes, Set<String> takenUsccs,
            Set<Integer> takenOrders, int nextOrder) {
        CsvTable table = TableFile.read(file, APPLICANT_COLUMNS, Set.of("uscc", "name"));
        List<InputProblem> problems = problemsOf(table);
        List<NewApplicant> rows = new ArrayList<>();
        Map<String, Long> codes = new HashMap<>();
        Map<String, Long> usccs = new HashMap<>();
        Map<String, Long> names = new HashMap<>();
        Map<Integer, Long> orders = new HashMap<>();
        Set<Long> blankOrders = new HashSet<>(); // the lines whose turn was the next one, their cell blank
        int order = nextOrder;
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(table, row, problems);
            String code = cells.code(0);
            String name = cells.text(1, true, TextField.APPLICANT_NAME);
            Optional<UnifiedSocialCreditCode> uscc = cells.uscc(2);
            Contact contact = new Contact(cells.text(3, false, TextField.CONTACT_PERSON),
                    cells.text(4, false, TextField.CONTACT_PHONE));
            Optional<Money> applied = cells.money(5);
            Optional<Money> received = cells.money(6);
            Optional<Integer> typedOrder = cells.whole(7);
            boolean orderRefused = !row.field(7).isEmpty() && typedOrder.isEmpty(); // said once, as not a turn
            int defenseOrder = typedOrder.orElse(order);
            Optional<LocalTime> slot = cells.time(8);
            if (!code.isEmpty() && (takenCodes.contains(code) || codes.containsKey(code))) {
                cells.problem(0, AppText.of("setup.codeTaken", code, codes.getOrDefault(code, 0L)));
            }
            uscc.ifPresent(u -> {
                if (takenUsccs.contains(u.value()) || usccs.containsKey(u.value())) {
                    cells.problem(2, AppText.of("setup.usccTaken", u.value(), usccs.getOrDefault(u.value(), 0L)));
                }
                usccs.putIfAbsent(u.value(), row.line());
            });
            codes.putIfAbsent(code, row.line());
            // one operator on two lines under two credit codes (one mistyped) would be paid twice; said at its line (round 13)
            if (!name.isBlank() && names.containsKey(Names.seen(name))) {
                cells.problem(1, AppText.of("setup.nameTwice", name, names.get(Names.seen(name))));
            }
            names.putIfAbsent(Names.seen(name), row.line());
            if (!orderRefused && (takenOrders.contains(defenseOrder) || orders.containsKey(defenseOrder))) {
                long holder = orders.getOrDefault(defenseOrder, 0L);
                cells.problem(7, AppText.of(holder != 0 && blankOrders.contains(holder) ? "setup.orderTakenByBlank"
                        : "setup.orderTaken", defenseOrder, holder));
            }
            if (typedOrder.isEmpty() && !orderRefused) {
                blankOrders.add(row.line());
            }
            orders.putIfAbsent(defenseOrder, row.line());
            if (cells.clean()) {
                cells.build(() -> rows.add(new NewApplicant(code, name, uscc.orElseThrow(),
                        contact, applied, received.orElse(Money.ZERO), defenseOrder, slot)));
            }
            order = Math.max(order, defenseOrder) + 1;
        }
        return new Result<>(rows, problems);
    }

    /** The table's problems; a table with its header and nothing under it is one too (an empty template imported by mistake). */
    private static List<InputProblem> problemsOf(CsvTable table) {
        List<InputProblem> problems = new ArrayList<>(table.problems());
        if (problems.isEmpty() && table.rows().isEmpty()) {
            problems.add(InputProblem.inFile(table.fileName(), AppText.of("table.noRows")));
        }
        return problems;
    }

    public static Result<NewExpert> experts(Path file, Set<String> takenCodes, boolean leaderTaken) {
        CsvTable table = TableFile.read(file, EXPERT_COLUMNS, Set.of("name")); // a number for a name: a row shifted (round 15)
        List<InputProblem> problems = problemsOf(table);
        List<NewExpert> rows = new ArrayList<>();
        Map<String, Long> codes = new HashMap<>();
        Optional<Long> leaderLine = Optional.empty();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(table, row, problems);
            String code = cells.code(0);
            String name = cells.text(1, true, TextField.EXPERT_NAME);
            String organisation = cells.text(2, false, TextField.ORGANISATION);
            Optional<ExpertRole> role = cells.role(3);
            boolean leader = cells.yesNo(4);
            if (!code.isEmpty() && (takenCodes.contains(code) || codes.containsKey(code))) {
                cells.problem(0, AppText.of("setup.codeTaken", code, codes.getOrDefault(code, 0L)));
            }
            codes.putIfAbsent(code, row.line());
            if (leader) {
                if (leaderTaken || leaderLine.isPresent()) {
                    cells.problem(4, AppText.of("setup.leaderTaken", leaderLine.orElse(0L)));
                }
                leaderLine = leaderLine.or(() -> Optional.of(row.line())); // the first, however many follow (round 14)
            }
            if (cells.clean()) {
                cells.build(() -> rows.add(new NewExpert(code, name, organisation, role.orElseThrow(), leader)));
            }
        }
        return new Result<>(rows, problems);
    }

    /** A time slot: hours and minutes, seconds (zero) allowed. */
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("H:mm[:ss]");

    /** One row's cells, read with the problem of each at its column. */
    private static final class Cells {
        private final CsvTable table;
        private final CsvTable.Row row;
        private final List<InputProblem> problems;
        private final int before;

        Cells(CsvTable table, CsvTable.Row row, List<InputProblem> problems) {
            this.table = table;
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean clean() {
            return problems.size() == before;
        }

        void problem(int column, LocalizedText text) {
            problems.add(table.problemAt(row, column, text));
        }

        String text(int column, boolean required) {
            String value = row.field(column);
            if (required && value.isEmpty()) {
                problem(column, AppText.of("setup.required", table.header().get(column)));
            }
            return value;
        }

        /** Free text held to its field's limit, the refusal at its cell. */
        String text(int column, boolean required, TextField field) {
            String value = text(column, required);
            field.fault(value).ifPresent(fault -> problem(column, fault));
            return value;
        }

        Optional<UnifiedSocialCreditCode> uscc(int column) {
            Optional<LocalizedText> fault = UnifiedSocialCreditCode.checkEntered(row.field(column));
            if (fault.isPresent()) {
                problem(column, fault.get());
                return Optional.empty();
            }
            return Optional.of(UnifiedSocialCreditCode.parse(row.field(column)));
        }

        Optional<Money> money(int column) {
            String value = row.field(column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Money.wan(value));
            } catch (ValidationException e) {
                problem(column, e.text());
                return Optional.empty();
            }
        }

        Optional<Integer> whole(int column) {
            // full-width digits read as on the command line (round 18: --order=２ read, "２" in a table refused)
            String value = row.field(column).chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (!value.matches("[1-9][0-9]{0,3}")) {
                problem(column, AppText.of("setup.order", value));
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(value));
        }

        Optional<LocalTime> time(int column) {
            String value = row.field(column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try { // 9:30, 09:30, and 9:30:00 as Excel shows a time cell typed so (round 13); ９：３０ typed full width
                LocalTime time = LocalTime.parse(Normalizer.normalize(value, Normalizer.Form.NFKC), SLOT);
                if (time.getSecond() == 0) {
                    return Optional.of(time);
                }
            } catch (DateTimeParseException e) {
                // said below
            }
            problem(column, AppText.of("setup.slot", value));
            return Optional.empty();
        }

        Optional<ExpertRole> role(int column) {
            Optional<ExpertRole> role = ExpertRole.parse(row.field(column));
            if (role.isEmpty()) {
                problem(column, AppText.of("setup.role", row.field(column)));
            }
            return role;
        }

        /**
         * A code as the session keeps it: full-width letters and digits made plain and letters upper
         * case ("Ｅ４", "e1" typed in an office's table are E4 and E1; round 14), then held to the
         * code's rules.
         */
        String code(int column) {
            return ScoresCsv.plain(text(column, true));
        }

        boolean yesNo(int column) {
            String value = row.field(column).toLowerCase(Locale.ROOT);
            if (Set.of("是", "yes", "y", "1", "true", "组长", "√", "✓", "✔").contains(value)) {
                return true;
            }
            if (!Set.of("否", "no", "n", "0", "false", "", "×", "✗", "✘").contains(value)) {
                problem(column, AppText.of("setup.yesNo", row.field(column)));
            }
            return false;
        }

        /** The row's record, its own checks refused at the row. */
        void build(Runnable make) {
            try {
                make.run();
            } catch (ValidationException e) {
                problems.add(InputProblem.atLine(table.fileName(), row.line(), e.text()));
            }
        }
    }
}
