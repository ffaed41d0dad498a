package com.parkreview.reports.fill;

import com.parkreview.reports.data.Expert;
import com.parkreview.reports.data.RecusalDeclaration;
import com.parkreview.reports.data.SignInList;
import com.parkreview.reports.verify.CanonicalContent;
import com.parkreview.reports.verify.CanonicalForms;
import com.parkreview.reports.verify.SheetCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 专家签到表: one row per panel member to sign in, then the declarations of recusal (回避). */
public final class SignInReport {

    private SignInReport() {
    }

    public static FilledSheet fill(SignInList list) {
        CanonicalContent content = CanonicalForms.signIn(list);
        SheetCode code = SheetCode.of(content);
        Map<String, Object> parameters = SheetParameters.of(SheetKind.SIGN_IN.title(), list.header(), code);
        parameters.put("RECUSALS", recusals(list));
        List<Map<String, ?>> rows = new ArrayList<>();
        int order = 0;
        for (Expert expert : list.experts()) {
            order++;
            Map<String, Object> row = new HashMap<>();
            row.put("order", Integer.toString(order));
            row.put("name", expert.name());
            row.put("organisation", expert.organisation());
            row.put("role", expert.role().label());
            row.put("position", expert.panelPosition());
            rows.add(row);
        }
        return Filler.fill(SheetKind.SIGN_IN, SheetKind.SIGN_IN.title(), content, code, Template.SIGN_IN, parameters,
                rows);
    }

    private static List<Map<String, Object>> recusals(SignInList list) {
        List<Map<String, Object>> declarations = new ArrayList<>();
        int order = 0;
        for (RecusalDeclaration recusal : list.recusals()) {
            order++;
            Expert expert = list.expert(recusal.expertId());
            declarations.add(Map.of(
                    "order", Integer.toString(order),
                    "text", "本人" + expert.name() + "（" + expert.organisation() + "）与申报单位“" + recusal.applicant().name()
                            + "”（统一社会信用代码 " + recusal.applicant().uscc().value() + "）存在利害关系，申请回避，"
                            + "不参加该单位的评分。理由：" + recusal.reason()));
        }
        if (declarations.isEmpty()) {
            declarations.add(Map.of("order", "—", "text", "本次评审无专家申请回避。"));
        }
        return declarations;
    }
}
