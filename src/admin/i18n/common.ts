/** Strings shared by every page of ours. Each domain has its own file with its own top-level key. */
export default {
  en: {
    common: {
      loading: "Loading…",
      error: "Something went wrong",
      noAccess: "You do not have access to this page.",
      save: "Save",
      cancel: "Cancel",
      confirm: "Confirm",
      search: "Search",
      status: "Status",
      actions: "Actions",
      empty: "Nothing here yet",
    },
  },
  zhCN: {
    common: {
      loading: "加载中…",
      error: "出错了",
      noAccess: "您无权访问此页面。",
      save: "保存",
      cancel: "取消",
      confirm: "确认",
      search: "搜索",
      status: "状态",
      actions: "操作",
      empty: "暂无数据",
    },
  },
}
