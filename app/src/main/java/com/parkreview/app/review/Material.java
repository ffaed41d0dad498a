package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;

/**
 * The application materials (第三部分（二）申报材料) the secretary checks at pre-review (初审).
 * Required before an applicant passes: the application form, the business licence, the financial
 * statements and the management rules. The qualification certificates are optional, since not
 * every operator holds a qualification (高新技术企业 and the like), and so are other materials.
 */
public enum Material {
    /** 1. 申报书. */
    APPLICATION_FORM(true),
    /** 2. 统一社会信用代码营业执照. */
    BUSINESS_LICENCE(true),
    /** 3.(1) 财务证明材料: 审计报告 or 资产负债表、利润表、现金流量表、纳税申报表. */
    FINANCIAL(true),
    /** 3.(2) 资质证明材料: 国家高新技术企业、中关村高新技术企业、科技型中小企业. */
    QUALIFICATION(false),
    /** 3.(3) 管理能力证明材料: 项目管理及财务管理制度文件. */
    MANAGEMENT(true),
    /** 3.(4) 其他应附的证明材料. */
    OTHER(false);

    private final boolean required;

    Material(boolean required) {
        this.required = required;
    }

    /** Whether an applicant passes pre-review only with this material received. */
    public boolean required() {
        return required;
    }

    /** The material's name as the seed gives it (in English with the Chinese name beside it). */
    public LocalizedText label() {
        return AppText.of("material." + name());
    }
}
