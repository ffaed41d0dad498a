package com.parkreview.app.demo;

import com.parkreview.app.exchange.csv.ApplicantsCsv;
import com.parkreview.app.exchange.csv.ScoresCsv;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.ExpertRole;
import com.parkreview.app.review.Material;
import com.parkreview.app.review.MaterialItem;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.NewExpert;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.PreReview;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.DefenseTiming;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demonstration session a first start creates, so that every screen and report has something
 * real to show: the README's example (six operators, five experts) entered through the same
 * services a user's work goes through, in a realistic mix of states — most sheets signed, some
 * drafts, one recusal, one expert far from the others (flagged when merged), one operator in its
 * fourth year of support, and each operator's pre-review materials checklist.
 */
public final class DemoSession {

    public static final String NAME = "2026年度人形机器人产业基地运营支持评审（演示）";

    private static final String SECRETARY_NAME = "演示秘书";
    private static final Actor SECRETARY = Actor.secretary(SECRETARY_NAME);

    private record Panelist(String code, String name, String organisation, ExpertRole role, boolean leader) {
    }

    private static final List<Panelist> PANEL = List.of(
            new Panelist("E1", "王建国", "北京理工大学机器人研究所", ExpertRole.INDUSTRY, true),
            new Panelist("E2", "李敏", "中关村智能制造产业研究院", ExpertRole.INDUSTRY, false),
            new Panelist("E3", "张伟", "北京人工智能产业创新中心", ExpertRole.INDUSTRY, false),
            new Panelist("E4", "刘芳", "北京正信会计师事务所", ExpertRole.FINANCE, false),
            new Panelist("E5", "陈磊", "北京市工程咨询有限公司", ExpertRole.FINANCE, false));

    private static final Map<String, Contact> CONTACTS = Map.of(
            "A01", new Contact("赵晓东", "010-68861201"),
            "A02", new Contact("孙丽", "010-68872233"),
            "A03", new Contact("周强", "010-88293366"),
            "A04", new Contact("吴婷", "010-68815577"),
            "A05", new Contact("郑凯", "010-68829018"),
            "A06", new Contact("冯雪", "010-68870921"));

    private static final Map<String, String> OPINIONS = Map.of(
            "excellent", "运营主体专业化程度高，入驻企业集聚效应明显，投融资与产业对接服务成效突出，建议给予支持。",
            "good", "运营管理基本符合专项资金支持方向，具有一定的经济效益和社会效益，服务体系仍需完善，建议给予支持并加强考核。",
            "fail", "运营管理尚不成熟，入驻企业规模和服务成效有限，暂不建议支持。");

    private final StoreAccess store;

    public DemoSession(StoreAccess store) {
        this.store = store;
    }

    /** Creates the session and returns its id. */
    public long create() {
        ProgrammeSettings settings = ProgrammeSettings.SHIJINGSHAN;
        SessionSetup setup = new SessionSetup(store);
        ScoringService scoring = new ScoringService(store);
        long session = setup.createSession(SECRETARY, new SessionDetails(NAME, 2026,
                Optional.of(LocalDate.of(2026, 11, 20)), "石景山区科委三层会议室", Optional.of(Money.wan("4000")),
                DefenseTiming.DEFAULT, SECRETARY_NAME), settings);

        Map<String, Long> applicants = new HashMap<>();
        ApplicantsCsv.Result read = ApplicantsCsv.parse("applicants.csv", resource("applicants.csv"));
        int order = 1;
        for (ApplicantsCsv.Applicant a : read.applicants().values()) {
            LocalTime slot = LocalTime.of(9, 0).plusMinutes((order - 1) * 30L);
            long id = setup.addApplicant(SECRETARY, session, new NewApplicant(a.id(), a.name(), a.uscc().orElseThrow(),
                    CONTACTS.get(a.id()), a.funding().appliedFor(), a.funding().receivedThisYear(), order++,
                    Optional.of(slot)));
            setup.recordPreReview(SECRETARY, id, materials(a.id()), PreReview.PASSED);
            applicants.put(a.id(), id);
            for (int y = 1; y <= a.supportedYears(); y++) {
                setup.recordSupport(SECRETARY, new OperatorSupport(a.uscc().orElseThrow(), 2026 - y, Optional.empty(),
                        Optional.of(Money.wan("1050")), "往年支持记录"));
            }
        }
        Map<String, Long> experts = new HashMap<>();
        for (Panelist p : PANEL) {
            long id = setup.addExpert(SECRETARY, session, new NewExpert(p.code(), p.name(), p.organisation(), p.role(),
                    p.leader()));
            scoring.confirmPledge(Actor.expert(p.code(), p.name()), id);
            experts.put(p.code(), id);
        }
        setup.setStatus(SECRETARY, session, SessionStatus.SCORING);

        Map<String, List<ExpertSheet>> sheets = ScoresCsv.parse("scores.csv", resource("scores.csv"),
                settings.rubric(), settings.precision()).sheetsByApplicant();
        for (Map.Entry<String, List<ExpertSheet>> applicant : sheets.entrySet()) {
            for (ExpertSheet sheet : applicant.getValue()) {
                Panelist p = PANEL.stream().filter(x -> x.code().equals(sheet.expertId())).findFirst().orElseThrow();
                Actor actor = Actor.expert(p.code(), p.name());
                long expertId = experts.get(p.code());
                long applicantId = applicants.get(applicant.getKey());
                if (sheet.recused()) {
                    scoring.declareRecusal(actor, expertId, applicantId, "近三年曾为该单位提供咨询服务");
                    continue;
                }
                enter(scoring, settings, actor, expertId, applicantId, sheet, state(applicant.getKey(), p.code()));
            }
        }
        MergeService merge = new MergeService(store);
        setup.setJointOpinion(Actor.expert("E1", "王建国"), applicants.get("A01"),
                "专家组一致认为：该单位运营专业化水平高，产业集聚和服务成效显著，建议按优秀档给予支持。");
        merge.mergeAndRecordFlags(SECRETARY, session);
        return session;
    }

    /**
     * The pre-review checklist each operator's application came with: the required materials all
     * received (every demo operator passed pre-review; A05 fails later, on its scores), the
     * optional ones as a real round has them — not every operator holds a qualification.
     */
    private static List<MaterialItem> materials(String applicant) {
        String qualification = switch (applicant) {
            case "A01" -> "国家高新技术企业证书（2024年）";
            case "A02" -> "中关村高新技术企业证书";
            case "A03" -> "科技型中小企业入库登记";
            case "A06" -> "国家高新技术企业证书（2025年）";
            default -> "";
        };
        String other = switch (applicant) {
            case "A01" -> "园区获评市级特色产业园区的批复";
            case "A03" -> "首钢园区场地租赁协议";
            default -> "";
        };
        return List.of(
                MaterialItem.received(Material.APPLICATION_FORM, ""),
                MaterialItem.received(Material.BUSINESS_LICENCE, "复印件已核对原件"),
                MaterialItem.received(Material.FINANCIAL, applicant.equals("A05")
                        ? "2025年度资产负债表、利润表、现金流量表（未经审计）" : "2025年度审计报告"),
                qualification.isEmpty() ? MaterialItem.missing(Material.QUALIFICATION, "暂无相关资质")
                        : MaterialItem.received(Material.QUALIFICATION, qualification),
                MaterialItem.received(Material.MANAGEMENT, "项目管理及财务管理制度"),
                other.isEmpty() ? MaterialItem.missing(Material.OTHER, "")
                        : MaterialItem.received(Material.OTHER, other));
    }

    /** How far the demo takes a sheet: signed, a complete draft, a half-typed draft, or not started. */
    private enum SheetState { SIGNED, COMPLETE_DRAFT, HALF_DRAFT, NOT_STARTED }

    private static SheetState state(String applicant, String expert) {
        return switch (applicant) {
            case "A05" -> expert.equals("E4") || expert.equals("E5") ? SheetState.COMPLETE_DRAFT : SheetState.SIGNED;
            case "A06" -> switch (expert) {
                case "E1", "E2" -> SheetState.SIGNED;
                case "E3" -> SheetState.HALF_DRAFT;
                default -> SheetState.NOT_STARTED;
            };
            default -> SheetState.SIGNED;
        };
    }

    private static void enter(ScoringService scoring, ProgrammeSettings settings, Actor actor, long expertId,
            long applicantId, ExpertSheet scores, SheetState state) {
        if (state == SheetState.NOT_STARTED) {
            return;
        }
        long sheet = scoring.openSheet(actor, expertId, applicantId).id();
        List<String> codes = List.copyOf(settings.rubric().indicatorCodes());
        int count = state == SheetState.HALF_DRAFT ? codes.size() / 2 : codes.size();
        for (String code : codes.subList(0, count)) {
            scoring.commitScore(actor, sheet, code, scores.score(code).toPlainString());
        }
        if (state == SheetState.HALF_DRAFT) {
            return;
        }
        BigDecimal total = scores.total();
        String tier = settings.tiers().tierFor(total).code();
        scoring.setComment(actor, sheet, "4.1", "入驻企业数量与高新技术企业占比" + (tier.equals("fail") ? "偏低" : "较高") + "。");
        scoring.setOpinion(actor, sheet, OPINIONS.get(tier));
        if (state == SheetState.SIGNED) {
            scoring.sign(actor, sheet);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoSession.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demonstration data " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
